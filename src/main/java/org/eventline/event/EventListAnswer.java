package org.eventline.event;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eventline.figure.CountRange;
import org.eventline.web.KeysetPaging;
import org.eventline.web.format.ExportFormat;

/** The HTTP answer to a list of events, shared by the three endpoints that list them: a JSON page with its Link, or a download. */
final class EventListAnswer {

    /** The 200 of the three list operations, in the OpenAPI document. */
    static final String DESCRIPTION = "A page of events (application/json), or the export that format= or Accept chose: "
            + "GeoJSON (application/geo+json), CSV (text/csv) or TimelineJS (format=timelinejs, served as application/json: "
            + "a JSON answer is an EventPage unless format=timelinejs was asked for).";
    static final String CSV = "RFC 4180, header row, one row per event, UTF-8. The columns killed_min, killed_max, "
            + "injured_min and injured_max are plain numbers (an empty cell when no claim states one): "
            + CountRange.RULE + " injured_min and injured_max read the same for people injured. The last columns, dataset, "
            + "dataset_version, dataset_licence and dataset_citation, say on every row where the event comes from and "
            + "how to cite it (GET /api/v1/datasets).";

    private EventListAnswer() {
    }

    static Response of(EventListing listing, EventListQuery query, UriInfo uri) {
        ExportFormat format = query.format();
        if (format == ExportFormat.JSON) {
            EventListing.JsonPage page = listing.page(query);
            return KeysetPaging.withNextLink(Response.ok(page.json(), MediaType.APPLICATION_JSON_TYPE), uri, page.nextCursor()).build();
        }
        Response.ResponseBuilder response = Response.ok(listing.export(query),
                format.mediaType() + (format == ExportFormat.CSV ? "; charset=utf-8; header=present" : ""));
        if (format == ExportFormat.CSV) {
            response.header("Content-Disposition", "attachment; filename=\"" + EventListing.fileName(query.filter(), format) + "\"");
        }
        return response.build();
    }
}
