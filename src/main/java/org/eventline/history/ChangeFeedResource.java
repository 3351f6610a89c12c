package org.eventline.history;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

import org.eventline.web.Cursor;
import org.eventline.web.CursorKey;
import org.eventline.web.KeysetPaging;
import org.eventline.web.Problem;
import org.eventline.web.QueryFingerprint;
import org.eventline.web.QueryParameters;

/** The change feed: every created, updated and retired event in commit order, for keeping a mirror in sync. */
@PermitAll
@Path("/api/v1/changes")
@Tag(name = "History", description = "Each event's revisions, and the change feed of every write in commit order, for mirrors.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ChangeFeedResource {

    @Inject
    EventRevisionRepository revisions;
    @Inject
    QueryParameters parameters;

    @GET
    @Operation(summary = "Changes to events, in commit order",
            description = "Every revision of every event, oldest first: created, updated, and retired (a tombstone). "
                    + "Follow next_cursor until it is null, keep the last page's poll_cursor, and ask again later with "
                    + "it as cursor: revisions are numbered in commit order, so a change committed after a page was "
                    + "served always comes after that page's cursor, never before it.")
    @APIResponse(responseCode = "200", description = "A page of revisions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    public Response listChanges(
            @RestQuery @Parameter(description = "Only changes made at or after this instant (or day, from its start in UTC).",
                    example = "2016-10-14T00:00:00Z") String since,
            @RestQuery @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @RestQuery @Parameter(description = "The next_cursor of the previous page.") String cursor,
            @Context UriInfo uri) {
        Instant from = parameters.instant("since", since).orElse(null);
        int pageSize = parameters.limit(limit);
        Cursor<Long> revisionCursor = new Cursor<>(CursorKey.REVISION, QueryFingerprint.of("since", from));
        long after = revisionCursor.after(parameters, cursor).orElse(0L);
        parameters.throwIfInvalid();
        List<Revision> fetched = revisions.findPage(null, from, after, pageSize + 1);
        boolean hasNext = fetched.size() > pageSize;
        List<Revision> items = hasNext ? fetched.subList(0, pageSize) : fetched;
        long last = items.isEmpty() ? after : items.get(items.size() - 1).revision();
        String next = hasNext ? revisionCursor.encode(last) : null;
        ChangePage page = new ChangePage(items.stream().map(RevisionView::of).toList(), next,
                revisionCursor.encode(last));
        // a mirror polling the feed must see a new change at once, never a cached page
        return KeysetPaging.withNextLink(Response.ok(page, MediaType.APPLICATION_JSON_TYPE), uri, next)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** A page of the feed: like every page, plus the cursor to poll with once the feed is read to its end. */
    @Schema(name = "ChangePage")
    record ChangePage(
            List<RevisionView> items,
            @Schema(description = "Pass as cursor to get the next page; null when this page reaches the latest change.",
                    nullable = true) String nextCursor,
            @Schema(description = "Pass as cursor later to get only the changes made after this page, even when "
                    + "next_cursor is null.") String pollCursor) {
    }
}
