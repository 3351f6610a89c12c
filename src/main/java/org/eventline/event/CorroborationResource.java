package org.eventline.event;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;

/** What other datasets report of the same happening as one event: the ranked candidates, each with its reasons. */
@PermitAll
@Path("/api/v1/events/{id}/corroboration")
@Tag(name = "Events")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CorroborationResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,4}");

    @Inject
    EventLookup lookup;
    @Inject
    CorroborationRepository repository;
    @Inject
    EventDocuments documents;
    @Inject
    QueryParameters parameters;

    @GET
    @Transactional
    @Operation(summary = "Events of other datasets that may report the same happening",
            description = Corroboration.RULE + " The best `limit` candidates are listed, no further pages.")
    @APIResponse(responseCode = "200", description = "The candidates, best first, each with its figures, reasons and score.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Corroboration.class)))
    public Corroboration corroboration(@PathParam("id") String id,
            @RestQuery @Parameter(description = "How many candidates, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit) {
        int count = parameters.single("limit", limit).map(this::limit).orElse(DEFAULT_LIMIT);
        parameters.throwIfInvalid();
        UUID eventId = lookup.current(EventLookup.id(id)).id;
        return new Corroboration(eventId, Corroboration.RULE, repository.find(eventId, count).stream()
                .map(candidate -> Corroboration.item(candidate,
                        documents.read(candidate.document().getBytes(StandardCharsets.UTF_8))))
                .toList());
    }

    private int limit(String value) {
        if (WHOLE_NUMBER.matcher(value).matches()) {
            int chosen = Integer.parseInt(value);
            if (chosen >= 1 && chosen <= MAX_LIMIT) {
                return chosen;
            }
        }
        parameters.error("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", got '" + value + "'");
        return DEFAULT_LIMIT;
    }
}
