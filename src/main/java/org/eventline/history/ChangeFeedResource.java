package org.eventline.history;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.vertx.core.http.HttpServerRequest;

import org.eventline.web.KeysetPaging;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;

/** The change feed: every created, updated and retired event in commit order, as pages for mirrors or live as a stream. */
@PermitAll
@Path("/api/v1/changes")
@Tag(name = "History", description = "Each event's revisions, and the change feed of every write in commit order, for mirrors.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ChangeFeedResource {

    @Inject
    EventRevisionRepository revisions;
    @Inject
    QueryParameters parameters;
    @Inject
    ChangeFeedQueryParser queries;
    @Inject
    ChangeStream stream;

    @GET
    @Operation(summary = "Changes to events, in commit order",
            description = "Every revision of every event, oldest first: created, updated, and retired (a tombstone). "
                    + "Follow next_cursor until it is null, keep the last page's poll_cursor, and ask again later with "
                    + "it as cursor: revisions are numbered in commit order, so a change committed after a page was "
                    + "served always comes after that page's cursor, never before it. With Accept: text/event-stream "
                    + "the same feed is a live stream instead: one server-sent event per revision as it commits, its "
                    + "id the cursor after it and its data the item a page would list; a reconnecting client sends "
                    + "the last id as Last-Event-ID (or cursor) and misses nothing, sees nothing twice. The stream "
                    + "sends a comment line every few seconds when idle, closes a client that stops reading (it "
                    + "resumes from its last id), and answers 503 with Retry-After when the instance has as many "
                    + "subscribers as it takes.")
    @APIResponse(responseCode = "200", description = "A page of revisions, or (text/event-stream) the live stream of them.",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)),
                    @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                            description = "Server-sent events: per revision an id (a cursor) and a data line holding the "
                                    + "Revision as JSON; comment lines keep the connection alive.",
                            example = "id: YzEfcmV2aXNpb24fZmRjNTI5NmYxOTNlZGM3YR80Mg\ndata: {\"revision\":42,...}\n\n"))})
    public Response listChanges(
            @BeanParam ChangeFeedParameters declared,
            // one operation in OpenAPI for both representations, so the page honours the stream's header too
            @RestHeader(ChangeFeedQueryParser.LAST_EVENT_ID) @Parameter(name = ChangeFeedQueryParser.LAST_EVENT_ID,
                    in = ParameterIn.HEADER, description = "The id of the last event received (a cursor): the feed "
                    + "continues after it, and it wins over cursor. Browsers' EventSource sends it when it reconnects.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String lastEventId,
            @RestQuery @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @Context UriInfo uri) {
        int pageSize = parameters.limit(limit);
        ChangeFeedQuery query = queries.parse(parameters, declared, lastEventId);
        List<Revision> fetched = revisions.findPage(null, query.since(), query.filter(), query.after(), pageSize + 1);
        boolean hasNext = fetched.size() > pageSize;
        List<Revision> items = hasNext ? fetched.subList(0, pageSize) : fetched;
        long last = items.isEmpty() ? query.after() : items.get(items.size() - 1).revision();
        String next = hasNext ? query.cursor().encode(last) : null;
        ChangePage page = new ChangePage(items.stream().map(RevisionView::of).toList(), next,
                query.cursor().encode(last));
        // a mirror polling the feed must see a new change at once, never a cached page
        return KeysetPaging.withNextLink(Response.ok(page, MediaType.APPLICATION_JSON_TYPE), uri, next)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** The same feed, live: described with listChanges, as OpenAPI has one GET per path. */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public void streamChanges(
            @BeanParam ChangeFeedParameters declared,
            @RestHeader(ChangeFeedQueryParser.LAST_EVENT_ID) @Parameter(hidden = true) String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse,
            @Context HttpServerRequest request) {
        ChangeFeedQuery query = queries.parse(parameters, declared, lastEventId);
        stream.subscribe(query, sink, sse, () -> request.response().reset());
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
