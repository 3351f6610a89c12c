package org.eventline.web.format;

import java.util.LinkedHashMap;
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

    /** The cells by column name, without the dataset's terms; a null value is an empty cell. */
    static Map<String, Object> of(EventView event) {
        return of(event, null);
    }

    /** The cells by column name, the dataset's terms (null when unknown) among them; a null value is an empty cell. */
    static Map<String, Object> of(EventView event, DatasetTerms terms) {
        DateView date = event.date();
        LocationRef location = event.location();
        MappedPoint point = MappedPoint.of(event);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", text(event.id()));
        row.put("date_start", date == null ? null : text(date.start()));
        row.put("date_end", date == null ? null : text(date.end()));
        row.put("date_precision", date == null ? null : text(date.precision()));
        row.put("date_approximate", date == null ? null : date.approximate());
        row.put("date_uncertain", date == null ? null : date.uncertain());
        row.put("date_edtf", date == null ? null : text(date.edtf()));
        row.put("date_label", date == null ? null : text(date.label()));
        row.put("type", text(event.type()));
        row.put("category", text(event.category()));
        row.put("status", code(event.status()));
        row.put("title", text(event.title()));
        row.put("summary", text(event.summary()));
        row.put("location", location == null ? null : text(location.name()));
        row.put("location_slug", location == null ? null : text(location.slug()));
        row.put("location_precision", location == null ? null : code(location.locationPrecision()));
        row.put("longitude", point == null ? null : Coordinate.of(point.lon()));
        row.put("latitude", point == null ? null : Coordinate.of(point.lat()));
        row.put("locations", joined(event.locations(), place -> withRole(place.name(), place.role())));
        row.put("actors", joined(event.actors(), actor -> withRole(actor.name(), actor.role())));
        row.put("claims", joined(event.claims(), ClaimText::of));
        row.put("sources", joined(event.sources(), CsvRow::citation));
        row.put("source_urls", joined(event.sources(), EventView.Citation::url));
        row.put("created_at", text(event.createdAt()));
        row.put("updated_at", text(event.updatedAt()));
        row.putAll(FigureColumns.of(event));
        row.put("key", text(event.externalKey()));
        row.put("aggregate", event.aggregate());
        row.put("point_precision", point == null ? null : code(point.precision()));
        row.put("codes", joined(event.codes(), CsvRow::sourceCode));
        row.put("dataset", text(event.dataset()));
        row.put("dataset_version", terms == null ? null : text(terms.version()));
        row.put("dataset_licence", terms == null ? null : text(terms.licenceText()));
        row.put("dataset_citation", terms == null ? null : text(terms.citation()));
        return row;
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
