package org.eventline.claim;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eventline.web.KeysetPaging;
import org.eventline.web.Page;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;
import org.eventline.replica.ServedByReplica;

/** Every claim with its event, filtered like the events and by the claims' own fields: the figures as data. */
@PermitAll
@ServedByReplica
@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Every reported figure with its event: filtered by the /events filters and by what, whom, "
        + "who claimed it and where we read it; paged, or as a CSV to sum by claimant.")
public class ClaimResource {

    static final String CSV = "RFC 4180, header row, one row per claim, UTF-8; min and max are plain numbers (empty when not reported)";

    @Inject
    ClaimListing listing;
    @Inject
    ClaimFilterParser filters;
    @Inject
    QueryParameters parameters;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Problem.MEDIA_TYPE})
    @Operation(summary = "Claims with their events",
            description = "One item per claim, in the order of their events (as /events), then of the claims within an event. "
                    + "Every /events filter applies to the claim's event; measure, group, attributed_to, source, verification, "
                    + "qualifier and estimate to the claim. All filters combine with AND, repeated values of one with OR. "
                    + "Claims of different claimants, estimates or groups count different things: sum one claimant's "
                    + "claims of one estimate and one group at a time.")
    @APIResponse(responseCode = "200", description = "A page of claims (application/json), or the CSV download (format=csv or Accept).",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = CSV))})
    @APIResponse(responseCode = "400", description = "Invalid parameter: the errors array names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response listClaims(@BeanParam ClaimListParameters declared, @Context UriInfo uri, @Context HttpHeaders headers) {
        ClaimListQuery query = declared.read(parameters, filters, headers.getAcceptableMediaTypes());
        if (!query.csv()) {
            ClaimListing.JsonPage page = listing.page(query);
            return KeysetPaging.withNextLink(Response.ok(page.json(), MediaType.APPLICATION_JSON_TYPE), uri, page.nextCursor()).build();
        }
        return Response.ok(listing.export(query), "text/csv; charset=utf-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + ClaimListing.fileName(query.filter()) + "\"")
                .build();
    }

    /** For the OpenAPI document: the page shape with its item type. */
    @Schema(name = "ClaimPage", requiredProperties = {"items", "next_cursor"})
    record ClaimPage(List<ClaimItem> items, @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor,
            @Schema(description = Page.TOTAL) Long total) {
    }
}
