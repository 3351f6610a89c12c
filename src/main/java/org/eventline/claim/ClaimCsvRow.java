package org.eventline.claim;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.eventline.actor.ActorRef;
import org.eventline.event.view.DateView;
import org.eventline.location.LocationRef;
import org.eventline.location.Point;
import org.eventline.vocabulary.Coded;
import org.eventline.web.format.Coordinate;
import org.eventline.web.format.CsvSheet;

/** One claim as a spreadsheet row: the columns a journalist filters, then sums by claimant (min and max as numbers). */
final class ClaimCsvRow {

    /** The column order is part of the API: scripts read these files by position as often as by name. */
    static final CsvSchema SCHEMA = CsvSheet.withHeader(CsvSchema.builder()
            .addColumn("event_id")
            .addColumn("event_title")
            .addColumn("event_type")
            .addColumn("date_start")
            .addColumn("date_end")
            .addColumn("date_precision")
            .addColumn("location_slug")
            .addColumn("location")
            .addColumn("latitude", CsvSchema.ColumnType.NUMBER)
            .addColumn("longitude", CsvSchema.ColumnType.NUMBER)
            .addColumn("measure")
            .addColumn("group")
            .addColumn("group_actor")
            .addColumn("min", CsvSchema.ColumnType.NUMBER)
            .addColumn("max", CsvSchema.ColumnType.NUMBER)
            .addColumn("qualifier")
            .addColumn("estimate")
            .addColumn("reported_as")
            .addColumn("attributed_to")
            .addColumn("attributed_to_name")
            .addColumn("source")
            .addColumn("verification")
            .addColumn("claim_id"));

    private ClaimCsvRow() {
    }

    /** The cells by column name; a null value is an empty cell. */
    static Map<String, Object> of(ClaimItem claim) {
        ClaimItem.ClaimEvent event = claim.event();
        DateView date = event.date();
        LocationRef location = event.location();
        Point point = location == null ? null : location.point();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("event_id", CsvSheet.text(event.id()));
        row.put("event_title", CsvSheet.text(event.title()));
        row.put("event_type", CsvSheet.text(event.type()));
        row.put("date_start", date == null ? null : CsvSheet.text(date.start()));
        row.put("date_end", date == null ? null : CsvSheet.text(date.end()));
        row.put("date_precision", date == null ? null : CsvSheet.text(date.precision()));
        row.put("location_slug", location == null ? null : CsvSheet.text(location.slug()));
        row.put("location", location == null ? null : CsvSheet.text(location.name()));
        row.put("latitude", point == null ? null : Coordinate.of(point.lat()));
        row.put("longitude", point == null ? null : Coordinate.of(point.lon()));
        row.put("measure", code(claim.measure()));
        row.put("group", code(claim.group()));
        row.put("group_actor", slug(claim.groupActor()));
        row.put("min", claim.min());
        row.put("max", claim.max());
        row.put("qualifier", code(claim.qualifier()));
        row.put("estimate", code(claim.estimate()));
        row.put("reported_as", CsvSheet.text(claim.reportedAs()));
        row.put("attributed_to", slug(claim.attributedTo()));
        row.put("attributed_to_name", claim.attributedTo() == null ? null : CsvSheet.text(claim.attributedTo().name()));
        row.put("source", claim.source() == null ? null : CsvSheet.text(claim.source().slug()));
        row.put("verification", code(claim.verification()));
        row.put("claim_id", CsvSheet.text(claim.id()));
        return row;
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String slug(ActorRef actor) {
        return actor == null ? null : CsvSheet.text(actor.slug());
    }
}
