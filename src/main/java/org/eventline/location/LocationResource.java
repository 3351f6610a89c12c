package org.eventline.location;

import java.util.List;
import java.util.Optional;
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

import org.eventline.vocabulary.LocationKind;
import org.eventline.web.ETags;
import org.eventline.web.FormerName;
import org.eventline.web.KeysetPaging;
import org.eventline.web.Page;
import org.eventline.web.Problem;
import org.eventline.web.QueryFingerprint;
import org.eventline.web.QueryParameters;

/** Places in their hierarchy (the events at each place or inside it: event/LocationEventsResource). */
@PermitAll
@Path("/api/v1/locations")
@Tag(name = "Locations", description = "Places in a hierarchy, with points and what they stand for; the events at each place or inside it.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class LocationResource {

    @Inject
    ETags etags;
    @Inject
    LocationRepository repository;
    @Inject
    QueryParameters parameters;

    @GET
    @Operation(summary = "Places, by slug", description = "Filter by text in the name or any alias, by kind, and by a containing place.")
    @APIResponse(responseCode = "200", description = "A page of places.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LocationPage.class)))
    public Response listLocations(
            @RestQuery @Parameter(description = "Text in the name or an alias, any case.", example = "aleppo") String q,
            @RestQuery @Parameter(description = "Place kind.", schema = @Schema(implementation = LocationKind.class)) String kind,
            @RestQuery @Parameter(description = "Id or slug of a place: only places inside it, at any depth.", example = "aleppo") String within,
            @RestQuery @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @RestQuery @Parameter(description = "The next_cursor of the previous page.") String cursor,
            @RestQuery @Parameter(description = "true adds the total.", schema = @Schema(type = SchemaType.BOOLEAN)) String count,
            @Context UriInfo uri) {
        String text = parameters.text("q", q).orElse(null);
        LocationKind locationKind = parameters.vocabulary("kind", kind, LocationKind.class).orElse(null);
        UUID container = parameters.single("within", within).map(value -> repository.findByIdOrSlug(value).map(l -> l.id).orElseGet(() -> {
            parameters.error("within", "no location with id or slug '" + value + "'");
            return null;
        })).orElse(null);
        int pageSize = parameters.limit(limit);
        boolean withTotal = parameters.flag("count", count);
        QueryFingerprint fingerprint = QueryFingerprint.of("q", text).and("kind", locationKind).and("within", container);
        String after = KeysetPaging.afterSlug(parameters, cursor, fingerprint);
        parameters.throwIfInvalid();
        List<Location> locations = repository.findPage(text, locationKind, container, after, pageSize + 1);
        return KeysetPaging.slugPage(uri, locations, pageSize, location -> location.slug, LocationView::summary,
                fingerprint, withTotal ? () -> repository.count(text, locationKind, container) : null);
    }

    @GET
    @Path("/{id_or_slug}")
    @Operation(summary = "One place, with the chain of places containing it and the places directly inside it")
    @APIResponse(responseCode = "301", description = "A former slug or id (the place joined or was merged into another): Location names the record's own URL.")
    @APIResponse(responseCode = "200", description = "The place, with the ETag that writes name in If-Match.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LocationView.class)))
    public Response getLocation(@PathParam("id_or_slug") @Parameter(example = "east-aleppo") String idOrSlug, @Context Request request,
            @Context UriInfo uri) {
        parameters.throwIfInvalid();
        Location location = find(idOrSlug);
        Optional<Response> moved = FormerName.redirect(uri, "api/v1/locations", idOrSlug, location.id, location.slug);
        if (moved.isPresent()) {
            return moved.get();
        }
        LocationView view = LocationView.of(location, repository.parentChain(location).stream().map(LocationRef::of).toList(),
                repository.children(location).stream().map(LocationRef::of).toList());
        return etags.answer(request, view);
    }

    private Location find(String idOrSlug) {
        return repository.findByIdOrSlug(idOrSlug).orElseThrow(() -> new NotFoundException("No location with id or slug '" + idOrSlug + "'."));
    }

    /** For the OpenAPI document: the page shape with its item type. */
    @Schema(name = "LocationPage", requiredProperties = {"items", "next_cursor"})
    record LocationPage(List<LocationView> items, @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor,
            @Schema(description = Page.TOTAL) Long total) {
    }
}
