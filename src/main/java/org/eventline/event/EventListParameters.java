package org.eventline.event;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.web.Cursor;
import org.eventline.web.QueryParameters;
import org.eventline.web.format.ExportFormat;

/** Declares the paging and format parameters of the event lists, on top of the filters, and reads them into a query. */
public class EventListParameters extends EventFilterParameters {

    /** The largest figure a bound may name: 18 digits, within a bigint. */
    private static final String FIGURE_LIMIT = "999999999999999999";

    @RestQuery
    @Parameter(description = "date (default, chronological by the start of the date envelope) or -date (newest first); "
            + "figure or -figure (largest first), with measure: by the event's figure for the measure, the largest figure "
            + "among its claims of that measure, ties by id. Events without a figure for the measure are left out, as "
            + "measure itself leaves them out.",
            schema = @Schema(enumeration = {"date", "-date", "figure", "-figure"}, defaultValue = "date"))
    public String sort;

    @RestQuery
    @Parameter(description = "A claim measure: only events with a claim of it that states a number (its figure: the highest "
            + "number the claim states, its max, else its min), within figure_min and figure_max when given. Needed by "
            + "figure_min, figure_max and sort=figure.",
            schema = @Schema(implementation = ClaimMeasure.class))
    public String measure;

    @RestQuery("figure_min")
    @Parameter(description = "With measure: only events with a claim of the measure whose figure is at least this (inclusive).",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = FIGURE_LIMIT), example = "100")
    public String figureMin;

    @RestQuery("figure_max")
    @Parameter(description = "With measure: only events with a claim of the measure whose figure is at most this (inclusive); "
            + "with figure_min, one claim must lie in both bounds.",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = FIGURE_LIMIT))
    public String figureMax;

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
        EventSort order = EventSort.read(parameters, sort, List.of(EventSort.values()));
        FigureFilter figure = figure(parameters, order);
        filter = filter.withFigure(figure);
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

    /** The figure condition; null without a measure (then the bounds and a figure order are errors). */
    private FigureFilter figure(QueryParameters parameters, EventSort order) {
        ClaimMeasure claimMeasure = parameters.vocabulary("measure", measure, ClaimMeasure.class).orElse(null);
        Long min = parameters.count("figure_min", figureMin).orElse(null);
        Long max = parameters.count("figure_max", figureMax).orElse(null);
        if (min != null && max != null && min > max) {
            parameters.error("figure_min", "figure_min (" + min + ") is above figure_max (" + max + ")");
        }
        if (parameters.has("measure", measure)) {
            return claimMeasure == null ? null : new FigureFilter(claimMeasure, min, max);
        }
        for (String bound : List.of("figure_min", "figure_max")) {
            if (parameters.has(bound, bound.equals("figure_min") ? figureMin : figureMax)) {
                parameters.error(bound, "needs measure: the claims of which measure it bounds (such as measure=killed)");
            }
        }
        if (order != null && order.byFigure()) {
            parameters.error("sort", "sort=" + order.code() + " needs measure: the claims of which measure give the figure (such as measure=killed)");
        }
        return null;
    }
}
