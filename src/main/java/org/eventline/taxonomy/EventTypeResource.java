package org.eventline.taxonomy;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eventline.web.Page;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;

/** The taxonomy of event types, for building filters and legends. */
@PermitAll
@Path("/api/v1/event-types")
@Tag(name = "Event types", description = "The taxonomy of event types and categories, with ACLED and PLOVER mappings.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class EventTypeResource {

    @Inject
    EventTypeRepository repository;
    @Inject
    QueryParameters parameters;

    @GET
    @Operation(summary = "Every event type, grouped by category",
            description = "Codes to use in the type filter (a category code selects all its types), with ACLED and PLOVER equivalents and event counts. One page holds the whole taxonomy.")
    @APIResponse(responseCode = "200", description = "The taxonomy.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventTypePage.class)))
    public Page<EventTypeView> listEventTypes() {
        parameters.throwIfInvalid();
        Map<String, Long> counts = repository.eventCounts();
        List<EventTypeView> types = repository.listInOrder().stream()
                .map(type -> EventTypeView.of(type, counts.getOrDefault(type.code, 0L)))
                .toList();
        return new Page<>(types, null, null);
    }

    /** For the OpenAPI document: the page shape with its item type. */
    @Schema(name = "EventTypePage")
    record EventTypePage(List<EventTypeView> items, @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor) {
    }
}
