package org.eventline.web.format;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.eventline.event.view.DateView;
import org.eventline.event.view.EventView;
import org.eventline.location.LocationRef;
import org.eventline.vocabulary.Coded;

/** Flattens an event into one spreadsheet row: nested lists become readable "; "-separated text. */
final class CsvRow {

    /** The column order is part of the API: scripts read these files by position as often as by name. */
    static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("id")
            .addColumn("date_start")
            .addColumn("date_end")
            .addColumn("date_precision")
            .addColumn("date_approximate", CsvSchema.ColumnType.BOOLEAN)
            .addColumn("date_uncertain", CsvSchema.ColumnType.BOOLEAN)
            .addColumn("date_edtf")
            .addColumn("date_label")
            .addColumn("type")
            .addColumn("category")
            .addColumn("status")
            .addColumn("title")
            .addColumn("summary")
            .addColumn("location")
            .addColumn("location_slug")
            .addColumn("location_precision")
            .addColumn("longitude", CsvSchema.ColumnType.NUMBER)
            .addColumn("latitude", CsvSchema.ColumnType.NUMBER)
            .addColumn("locations")
            .addColumn("actors")
            .addColumn("claims")
            .addColumn("sources")
            .addColumn("source_urls")
            .addColumn("created_at")
            .addColumn("updated_at")
            // numbers (figure/CountRange), after the text columns so that scripts reading by position keep working
            .addColumn("killed_min", CsvSchema.ColumnType.NUMBER)
            .addColumn("killed_max", CsvSchema.ColumnType.NUMBER)
            .addColumn("injured_min", CsvSchema.ColumnType.NUMBER)
            .addColumn("injured_max", CsvSchema.ColumnType.NUMBER)
            // the source's record (V027), after the rest for the same reason: the key joins a row back to the
            // source (ucdp-ged:231016), codes are "scheme:code (label)"; point_precision says what longitude and
            // latitude stand for (the event's own point when it has one, else its place's)
            .addColumn("key")
            .addColumn("aggregate", CsvSchema.ColumnType.BOOLEAN)
            .addColumn("point_precision")
            .addColumn("codes")
            // what to cite, on every row: a CSV keeps no headers, and rows of several datasets may be mixed
            .addColumn("dataset")
            .addColumn("dataset_version")
            .addColumn("dataset_licence")
            .addColumn("dataset_citation")
            .build()
            .withHeader()
            .withLineSeparator("\r\n");

    private static final String SEPARATOR = "; ";

    private CsvRow() {
    }

    /** The cells in SCHEMA's order, without the dataset's terms; a null value is an empty cell. */
    static Object[] of(EventView event) {
        return of(event, null);
    }

    /**
     * The cells in SCHEMA's order, the dataset's terms (null when unknown) among them; a null value is an empty cell.
     * An array, not a map by name: an export writes one per event, and per-cell name lookups cost a quarter of its CPU.
     */
    static Object[] of(EventView event, DatasetTerms terms) {
        DateView date = event.date();
        LocationRef location = event.location();
        MappedPoint point = MappedPoint.of(event);
        Map<String, Long> figures = FigureColumns.of(event);
        return new Object[] {
            text(event.id()),
            date == null ? null : text(date.start()),
            date == null ? null : text(date.end()),
            date == null ? null : text(date.precision()),
            date == null ? null : date.approximate(),
            date == null ? null : date.uncertain(),
            date == null ? null : text(date.edtf()),
            date == null ? null : text(date.label()),
            text(event.type()),
            text(event.category()),
            code(event.status()),
            text(event.title()),
            text(event.summary()),
            location == null ? null : text(location.name()),
            location == null ? null : text(location.slug()),
            location == null ? null : code(location.locationPrecision()),
            point == null ? null : Coordinate.of(point.lon()),
            point == null ? null : Coordinate.of(point.lat()),
            joined(event.locations(), place -> withRole(place.name(), place.role())),
            joined(event.actors(), actor -> withRole(actor.name(), actor.role())),
            joined(event.claims(), ClaimText::of),
            joined(event.sources(), CsvRow::citation),
            joined(event.sources(), EventView.Citation::url),
            text(event.createdAt()),
            text(event.updatedAt()),
            figures.get("killed_min"),
            figures.get("killed_max"),
            figures.get("injured_min"),
            figures.get("injured_max"),
            text(event.externalKey()),
            event.aggregate(),
            point == null ? null : code(point.precision()),
            joined(event.codes(), CsvRow::sourceCode),
            text(event.dataset()),
            terms == null ? null : text(terms.version()),
            terms == null ? null : text(terms.licenceText()),
            terms == null ? null : text(terms.citation()),
        };
    }

    /** A text cell, by the one rule of every CSV (CsvSheet.text). */
    static String text(Object value) {
        return CsvSheet.text(value);
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String withRole(String name, Coded role) {
        return role == null ? name : name + " (" + role.code() + ")";
    }

    private static String sourceCode(EventView.SourceCode code) {
        return code.scheme() + ":" + code.code() + (code.label() == null ? "" : " (" + code.label() + ")");
    }

    private static String citation(EventView.Citation source) {
        if (source.publisher() == null || source.title() == null) {
            return source.publisher() != null ? source.publisher() : source.title();
        }
        return source.publisher() + ": " + source.title();
    }

    /** Null for no list or nothing to say, so "no data" stays an empty cell. */
    private static <T> String joined(List<T> items, Function<T, String> render) {
        if (items == null) {
            return null;
        }
        String joined = items.stream().map(render).filter(Objects::nonNull).collect(Collectors.joining(SEPARATOR));
        return joined.isEmpty() ? null : text(joined);
    }
}
