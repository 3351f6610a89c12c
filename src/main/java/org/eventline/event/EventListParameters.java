package org.eventline.event;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.web.Cursor;
import org.eventline.web.QueryParameters;
import org.eventline.web.format.ExportFormat;

/** Declares the paging and format parameters of the event lists, on top of the filters, and reads them into a query. */
public class EventListParameters extends EventFilterParameters {

    @RestQuery
    @Parameter(description = "date (default, chronological by the start of the date envelope) or -date (newest first).",
            schema = @Schema(enumeration = {"date", "-date"}, defaultValue = "date"))
    public String sort;

    @RestQuery
    @Parameter(description = "Page size, 1 to 500 (default 50). Exports without it return every match.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "500", defaultValue = "50"))
    public String limit;

    @RestQuery
    @Parameter(description = "The next_cursor of the previous page, as it is. Only valid with the same other parameters.")
    public String cursor;

    @RestQuery
    @Parameter(description = "true adds the total number of matches to a JSON page.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String count;

    @RestQuery
    @Parameter(description = "Output format; wins over the Accept header so a browser link works. geojson: RFC 7946 "
            + "FeatureCollection located by each event's primary place; csv: RFC 4180 download, one row per event; "
            + "timelinejs: Knight Lab TimelineJS JSON.",
            schema = @Schema(enumeration = {"json", "geojson", "csv", "timelinejs"}, defaultValue = "json"))
    public String format;

    /** The list asked for within the scope; every problem with the parameters is one 400. */
    public EventListQuery read(QueryParameters parameters, EventFilterParser filters, EventScope scope, List<MediaType> accepted) {
        EventFilter filter = filters.parse(parameters, this, scope);
        EventSort order = parameters.single("sort", sort).map(code -> {
            EventSort known = EventSort.fromCode(code);
            if (known == null) {
                parameters.error("sort", "unknown sort '" + code + "'; valid: date, -date");
            }
            return known;
        }).orElse(EventSort.DATE);
        boolean paged = parameters.has("limit", limit);
        int pageSize = parameters.limit(limit);
        boolean withTotal = parameters.flag("count", count);
        ExportFormat exportFormat = parameters.single("format", format)
                .map(code -> ExportFormat.fromCode(code).orElseGet(() -> {
                    parameters.error("format", "unknown format '" + code + "'; valid: json, geojson, csv, timelinejs");
                    return ExportFormat.JSON;
                }))
                .orElseGet(() -> ExportFormat.fromAccept(accepted).orElse(ExportFormat.JSON));
        EventKey after = new Cursor<>(EventKey.in(order), filter.fingerprint()).after(parameters, cursor).orElse(null);
        parameters.throwIfInvalid();
        return new EventListQuery(filter, order, after, pageSize, paged, withTotal, exportFormat);
    }
}
