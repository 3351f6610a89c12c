package org.eventline.source;

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

import org.eventline.vocabulary.SourceKind;
import org.eventline.web.ETags;
import org.eventline.web.FormerName;
import org.eventline.web.KeysetPaging;
import org.eventline.web.Page;
import org.eventline.web.Problem;
import org.eventline.web.QueryFingerprint;
import org.eventline.web.QueryParameters;

/** The publications and reports that events and claims cite. */
@PermitAll
@Path("/api/v1/sources")
@Tag(name = "Sources", description = "The publications and reports the events and claims cite.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SourceResource {

    @Inject
    ETags etags;
    @Inject
    SourceRepository repository;
    @Inject
    QueryParameters parameters;

    @GET
    @Operation(summary = "Sources, by slug", description = "Filter by text in the title or publisher, and by kind.")
    @APIResponse(responseCode = "200", description = "A page of sources.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcePage.class)))
    public Response listSources(
            @RestQuery @Parameter(description = "Text in the title or publisher, any case.", example = "al jazeera") String q,
            @RestQuery @Parameter(description = "Source kind.", schema = @Schema(implementation = SourceKind.class)) String kind,
            @RestQuery @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @RestQuery @Parameter(description = "The next_cursor of the previous page.") String cursor,
            @RestQuery @Parameter(description = "true adds the total.", schema = @Schema(type = SchemaType.BOOLEAN)) String count,
            @Context UriInfo uri) {
        String text = parameters.text("q", q).orElse(null);
        SourceKind sourceKind = parameters.vocabulary("kind", kind, SourceKind.class).orElse(null);
        int pageSize = parameters.limit(limit);
        boolean withTotal = parameters.flag("count", count);
        QueryFingerprint fingerprint = QueryFingerprint.of("q", text).and("kind", sourceKind);
        String after = KeysetPaging.afterSlug(parameters, cursor, fingerprint);
        parameters.throwIfInvalid();
        List<Source> sources = repository.findPage(text, sourceKind, after, pageSize + 1);
        return KeysetPaging.slugPage(uri, sources, pageSize, source -> source.slug, SourceView::of, fingerprint,
                withTotal ? () -> repository.count(text, sourceKind) : null);
    }

    @GET
    @Path("/{id_or_slug}")
    @Operation(summary = "One source")
    @APIResponse(responseCode = "301", description = "A former slug or id (the source was merged into another): Location names the record's own URL.")
    @APIResponse(responseCode = "200", description = "The source, with the ETag that writes name in If-Match.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    public Response getSource(@PathParam("id_or_slug") @Parameter(example = "aljazeera-2016-10-14-aleppo-pounded") String idOrSlug,
            @Context Request request, @Context UriInfo uri) {
        parameters.throwIfInvalid();
        Source source = repository.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> new NotFoundException("No source with id or slug '" + idOrSlug + "'."));
        Optional<Response> moved = FormerName.redirect(uri, "api/v1/sources", idOrSlug, source.id, source.slug);
        return moved.orElseGet(() -> etags.answer(request, SourceView.of(source)));
    }

    /** For the OpenAPI document: the page shape with its item type. */
    @Schema(name = "SourcePage", requiredProperties = {"items", "next_cursor"})
    record SourcePage(List<SourceView> items, @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor,
            @Schema(description = Page.TOTAL) Long total) {
    }
}
