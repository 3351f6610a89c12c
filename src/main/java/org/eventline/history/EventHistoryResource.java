package org.eventline.history;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.event.EventRepository;
import org.eventline.web.Cursor;
import org.eventline.web.CursorKey;
import org.eventline.web.IdOrSlug;
import org.eventline.web.KeysetPaging;
import org.eventline.web.Page;
import org.eventline.web.Problem;
import org.eventline.web.QueryFingerprint;
import org.eventline.web.QueryParameters;

/** An event's revisions: who changed what, when. */
@PermitAll
@Path("/api/v1/events/{id}/history")
@Tag(name = "History")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class EventHistoryResource {

    @Inject
    EventRevisionRepository revisions;
    @Inject
    EventRepository events;
    @Inject
    QueryParameters parameters;

    @GET
    @Operation(summary = "Every revision of one event, oldest first",
            description = "Each with its time, author and changed fields, and the event as it was after it. "
                    + "A retired event keeps its history.")
    @APIResponse(responseCode = "200", description = "A page of revisions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryPage.class)))
    public Response listRevisions(@PathParam("id") String id,
            @RestQuery @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @RestQuery @Parameter(description = "The next_cursor of the previous page.") String cursor,
            @Context UriInfo uri) {
        int pageSize = parameters.limit(limit);
        UUID eventId = IdOrSlug.asUuid(id).orElseThrow(() -> noEvent(id));
        Cursor<Long> revisionCursor = new Cursor<>(CursorKey.REVISION, QueryFingerprint.of("event", eventId));
        long after = revisionCursor.after(parameters, cursor).orElse(0L);
        parameters.throwIfInvalid();
        List<Revision> fetched = revisions.findPage(eventId, null, ChangeFilter.NONE, after, pageSize + 1);
        if (fetched.isEmpty() && after == 0 && events.findByIdOptional(eventId).isEmpty()) {
            throw noEvent(id);
        }
        return KeysetPaging.page(uri, fetched, pageSize, revisionCursor, Revision::revision, RevisionView::of, null);
    }

    private static NotFoundException noEvent(String id) {
        return new NotFoundException("No event with id '" + id + "', current or retired.");
    }

    /** For the OpenAPI document: the page shape with its item type. */
    @Schema(name = "HistoryPage")
    record HistoryPage(List<RevisionView> items, @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor) {
    }
}
