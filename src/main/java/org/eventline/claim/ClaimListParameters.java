package org.eventline.claim;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.event.EventSort;
import org.eventline.web.Cursor;
import org.eventline.web.QueryParameters;
import org.eventline.web.format.ExportFormat;

/** Declares the paging and format parameters of /claims, on top of the filters, and reads them into a query. */
public class ClaimListParameters extends ClaimFilterParameters {

    @RestQuery
    @Parameter(description = "date (default: by the start of the claim's event, then the event, then the claim's place in it) "
            + "or -date (newest first).", schema = @Schema(enumeration = {"date", "-date"}, defaultValue = "date"))
    public String sort;

    @RestQuery
    @Parameter(description = "Page size, 1 to 500 (default 50). A CSV download without it returns every match.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
    public String limit;

    @RestQuery
    @Parameter(description = "The next_cursor of the previous page, as it is. Only valid with the same other parameters.")
    public String cursor;

    @RestQuery
    @Parameter(description = "true adds the total number of matching claims to a JSON page.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String count;

    @RestQuery
    @Parameter(description = "Output format; wins over the Accept header. csv: RFC 4180 download, one row per claim, "
            + "min and max as plain numbers.", schema = @Schema(enumeration = {"json", "csv"}, defaultValue = "json"))
    public String format;

    /** The listing asked for; every problem with the parameters is one 400. */
    public ClaimListQuery read(QueryParameters parameters, ClaimFilterParser filters, List<MediaType> accepted) {
        ClaimFilter filter = filters.parse(parameters, this);
        EventSort order = EventSort.read(parameters, sort, EventSort.CHRONOLOGICAL);
        boolean paged = parameters.has("limit", limit);
        int pageSize = parameters.limit(limit);
        boolean withTotal = parameters.flag("count", count);
        boolean csv = parameters.single("format", format).map(code -> switch (code) {
            case "csv" -> true;
            case "json" -> false;
            default -> {
                parameters.error("format", "unknown format '" + code + "'; valid: json, csv");
                yield false;
            }
        }).orElseGet(() -> ExportFormat.fromAccept(accepted).orElse(ExportFormat.JSON) == ExportFormat.CSV);
        ClaimKey after = new Cursor<>(ClaimKey.in(order), filter.fingerprint()).after(parameters, cursor).orElse(null);
        parameters.throwIfInvalid();
        return new ClaimListQuery(filter, order, after, pageSize, paged, withTotal, csv);
    }
}
