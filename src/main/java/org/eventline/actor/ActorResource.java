package org.eventline.actor;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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

import org.eventline.vocabulary.ActorKind;
import org.eventline.web.ETags;
import org.eventline.web.FormerName;
import org.eventline.web.KeysetPaging;
import org.eventline.web.Page;
import org.eventline.web.Problem;
import org.eventline.web.QueryFingerprint;
import org.eventline.web.QueryParameters;

/** Actors: states, forces, groups, people and organisations (the events each took part in: event/ActorEventsResource). */
@PermitAll
@Path("/api/v1/actors")
@Tag(name = "Actors", description = "People, organisations, states and armed groups, by id or slug, with their affiliations; the events each took part in.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ActorResource {

    @Inject
    ETags etags;
    @Inject
    ActorRepository repository;
    @Inject
    QueryParameters parameters;

    @GET
    @Operation(summary = "Actors, by slug", description = "Filter by text in the name or any alias, and by kind.")
    @APIResponse(responseCode = "200", description = "A page of actors.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorPage.class)))
    public Response listActors(
            @RestQuery @Parameter(description = "Text in the name or an alias, any case.", example = "white helmets") String q,
            @RestQuery @Parameter(description = "Actor kind.", schema = @Schema(implementation = ActorKind.class)) String kind,
            @RestQuery @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @RestQuery @Parameter(description = "The next_cursor of the previous page.") String cursor,
            @RestQuery @Parameter(description = "true adds the total.", schema = @Schema(type = SchemaType.BOOLEAN)) String count,
            @Context UriInfo uri) {
        String text = parameters.text("q", q).orElse(null);
        ActorKind actorKind = parameters.vocabulary("kind", kind, ActorKind.class).orElse(null);
        int pageSize = parameters.limit(limit);
        boolean withTotal = parameters.flag("count", count);
        QueryFingerprint fingerprint = QueryFingerprint.of("q", text).and("kind", actorKind);
        String after = KeysetPaging.afterSlug(parameters, cursor, fingerprint);
        parameters.throwIfInvalid();
        List<Actor> actors = repository.findPage(text, actorKind, after, pageSize + 1);
        return KeysetPaging.slugPage(uri, actors, pageSize, actor -> actor.slug, ActorView::summary, fingerprint,
                withTotal ? () -> repository.count(text, actorKind) : null);
    }

    @GET
    @Path("/{id_or_slug}")
    @Operation(summary = "One actor, with its affiliation chain and members")
    @APIResponse(responseCode = "301", description = "A former slug or id (the actor joined or was merged into another): Location names the record's own URL.")
    @APIResponse(responseCode = "200", description = "The actor, with the ETag that writes name in If-Match.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorView.class)))
    public Response getActor(@PathParam("id_or_slug") @Parameter(example = "sergey-lavrov") String idOrSlug,
            @Context Request request, @Context UriInfo uri) {
        parameters.throwIfInvalid();
        Actor actor = find(idOrSlug);
        Optional<Response> moved = FormerName.redirect(uri, "api/v1/actors", idOrSlug, actor.id, actor.slug);
        if (moved.isPresent()) {
            return moved.get();
        }
        ActorView view = ActorView.of(actor, repository.affiliationChain(actor).stream().map(ActorRef::of).toList(),
                repository.members(actor).stream().map(ActorRef::of).toList());
        return etags.answer(request, view);
    }

    private Actor find(String idOrSlug) {
        return repository.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> new NotFoundException("No actor with id or slug '" + idOrSlug + "'."));
    }

    /** For the OpenAPI document: the page shape with its item type. */
    @Schema(name = "ActorPage", requiredProperties = {"items", "next_cursor"})
    record ActorPage(List<ActorView> items, @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor,
            @Schema(description = Page.TOTAL) Long total) {
    }
}
