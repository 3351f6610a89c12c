package org.eventline.event;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eventline.event.view.EventView;
import org.eventline.web.ETags;
import org.eventline.web.Page;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;
import org.eventline.web.format.GeoJsonDocument;
import org.eventline.web.format.TimelineJsDocument;
import org.eventline.replica.ServedByReplica;

/** The timeline: events filtered, paged and exported. */
@PermitAll
@ServedByReplica
@Path("/api/v1/events")
@Tag(name = "Events", description = "The timeline: events filtered by period, type, actor, place, box, text and status; "
        + "one event in full; exports as GeoJSON, CSV and TimelineJS; curated writes.")
public class EventResource {

    @Inject
    EventListing listing;
    @Inject
    EventFilterParser filters;
    @Inject
    EventLookup lookup;
    @Inject
    QueryParameters parameters;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/geo+json", "text/csv", Problem.MEDIA_TYPE})
    @Operation(summary = "The filtered timeline",
            description = "Events in chronological order (sort=-date reverses), filtered by period, type, actor, place, "
                    + "bounding box, text, status and update time; all filters combine with AND, repeated values of one "
                    + "filter with OR. JSON answers are pages; format=geojson, csv or timelinejs export every match "
                    + "(or one page when limit is given).")
    @APIResponse(responseCode = "200", description = EventListAnswer.DESCRIPTION, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {EventPage.class, TimelineJsDocument.class})),
        @Content(mediaType = "application/geo+json", schema = @Schema(implementation = GeoJsonDocument.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = EventListAnswer.CSV))})
    @APIResponse(responseCode = "400", description = "Invalid parameter: the errors array names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response listEvents(@BeanParam EventListParameters declared, @Context UriInfo uri, @Context HttpHeaders headers) {
        EventListQuery query = declared.read(parameters, filters, EventScope.ALL, headers.getAcceptableMediaTypes());
        return EventListAnswer.of(listing, query, uri);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "One event in full")
    @APIResponse(responseCode = "200", description = "The event, with the ETag that writes name in If-Match.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response getEvent(@PathParam("id") String id, @Context Request request) {
        parameters.throwIfInvalid();
        // the stored document is the event's JSON: served as it is, tagged by its own content
        return ETags.answerJson(request, lookup.document(id));
    }

    /** For the OpenAPI document: the page shape with its item type. */
    @Schema(name = "EventPage", requiredProperties = {"items", "next_cursor"})
    record EventPage(List<EventView> items, @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor,
            @Schema(description = Page.TOTAL) Long total) {
    }
}
