package org.eventline.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eventline.web.ETags;
import org.eventline.web.Page;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;

/** The datasets events come from, with what a user needs to cite them and the terms they come under. */
@PermitAll
@Path("/api/v1/datasets")
@Tag(name = "Datasets", description = "Where the events come from: publisher, version, licence and citation of each dataset.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class DatasetResource {

    @Inject
    ETags etags;
    @Inject
    DatasetRepository repository;
    @Inject
    QueryParameters parameters;

    @GET
    @Operation(summary = "Every dataset", description = "All datasets by slug, in one page (there are a handful). Every event "
            + "names its dataset; cite the dataset's version and follow its licence when you use its events.")
    @APIResponse(responseCode = "200", description = "Every dataset.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetPage.class)))
    public Page<DatasetView> listDatasets() {
        parameters.throwIfInvalid();
        Map<UUID, Long> counts = repository.countEvents();
        List<DatasetView> views = repository.findAllBySlug().stream()
                .map(dataset -> DatasetView.of(dataset, counts.getOrDefault(dataset.id, 0L))).toList();
        return new Page<>(views, null, null);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One dataset", description = "With RFC 8288 links to its licence (rel=\"license\") and to the "
            + "publisher's page to cite (rel=\"cite-as\"), when it has them.")
    @APIResponse(responseCode = "200", description = "The dataset.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetView.class)))
    public Response getDataset(@PathParam("slug") @Parameter(example = "ucdp-ged-syria") String slug, @Context Request request) {
        parameters.throwIfInvalid();
        Dataset dataset = repository.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("No dataset with slug '" + slug + "'; see GET /api/v1/datasets."));
        DatasetView view = DatasetView.of(dataset, repository.countEvents(dataset.id));
        Response answer = etags.answer(request, view);
        return answer.getStatus() == 200 ? withLinks(Response.fromResponse(answer), dataset).build() : answer;
    }

    /** RFC 8288 links a client can follow without reading the body: the licence, and what to cite. */
    static Response.ResponseBuilder withLinks(Response.ResponseBuilder response, Dataset dataset) {
        List<String> links = new ArrayList<>();
        if (dataset.licenceUrl != null) {
            links.add("<" + dataset.licenceUrl + ">; rel=\"license\"");
        }
        if (dataset.url != null) {
            links.add("<" + dataset.url + ">; rel=\"cite-as\"");
        }
        return links.isEmpty() ? response : response.header("Link", String.join(", ", links));
    }

    /** For the OpenAPI document: the page shape with its item type. */
    @Schema(name = "DatasetPage", requiredProperties = {"items", "next_cursor"})
    record DatasetPage(List<DatasetView> items, @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor) {
    }
}
