package org.eventline.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import org.eventline.web.Cursor;
import org.eventline.web.CursorKey;
import org.eventline.web.KeysetPaging;
import org.eventline.web.Page;
import org.eventline.web.Problem;
import org.eventline.web.QueryFingerprint;
import org.eventline.web.QueryParameters;

/** The doubtful matches reconciliation left apart, for curators to merge or leave. */
@Path("/api/v1/reconciliation/candidates")
@Tag(name = "Reconciliation", description = "Places and actors that arrived from a dataset resembling a stored record by name, "
        + "but not by every rule (kind, parent chain, distance, external id): kept apart until a curator merges them.")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CandidateResource {

    private static final CursorKey<Long> ID = CursorKey.single("id", Long::parseLong);

    @Inject
    CandidateRepository candidates;
    @Inject
    QueryParameters parameters;

    @GET
    @PermitAll
    @Operation(summary = "Doubtful matches, in the order they were found",
            description = "Each names the record kept apart, the stored record it resembles, and the rules it failed. "
                    + "To join them, merge one into the other (POST /{actors|locations}/{id_or_slug}/merge); a merge removes its candidates.")
    @APIResponse(responseCode = "200", description = "A page of candidates.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidatePage.class)))
    public Response listCandidates(
            @RestQuery @Parameter(description = "Only candidates of this kind of record.", schema = @Schema(enumeration = {"actor", "location"})) String kind,
            @RestQuery @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @RestQuery @Parameter(description = "The next_cursor of the previous page.") String cursor,
            @RestQuery @Parameter(description = "true adds the total.", schema = @Schema(type = SchemaType.BOOLEAN)) String count,
            @Context UriInfo uri) {
        String recordKind = parameters.single("kind", kind).map(value -> {
            if (!value.equals("actor") && !value.equals("location")) {
                parameters.error("kind", "must be actor or location, got '" + value + "'");
                return null;
            }
            return value;
        }).orElse(null);
        int pageSize = parameters.limit(limit);
        boolean withTotal = parameters.flag("count", count);
        Cursor<Long> idCursor = new Cursor<>(ID, QueryFingerprint.of("kind", recordKind));
        long after = idCursor.after(parameters, cursor).orElse(0L);
        parameters.throwIfInvalid();
        List<CandidateRepository.Row> fetched = candidates.findPage(recordKind, after, pageSize + 1);
        return KeysetPaging.page(uri, fetched, pageSize, idCursor, CandidateRepository.Row::id, CandidateView::of,
                withTotal ? () -> candidates.count(recordKind) : null);
    }

    /** A record as a candidate names it. */
    @Schema(name = "CandidateRecord")
    public record RecordRef(UUID id, String slug, String name, String kind) {
    }

    /** A doubtful match: the record kept apart, the stored one it resembles, and why they were not joined. */
    @Schema(name = "ReconciliationCandidate")
    public record CandidateView(
            long id,
            @Schema(enumeration = {"actor", "location"}) String kind,
            @Schema(description = "The record that arrived and was kept apart.") RecordRef record,
            @Schema(description = "The stored record it resembles.") RecordRef match,
            @Schema(description = "The rules it failed.", examples = "too far apart (48.2 km; city allows 20 km)") List<String> reasons,
            @Schema(description = "Between the two points, when both have one.", nullable = true) Double distanceKm,
            Instant createdAt) {

        static CandidateView of(CandidateRepository.Row row) {
            return new CandidateView(row.id(), row.kind(), new RecordRef(row.recordId(), row.recordSlug(), row.recordName(), row.recordKind()),
                    new RecordRef(row.matchId(), row.matchSlug(), row.matchName(), row.matchKind()), row.reasons(),
                    row.distanceKm(), row.createdAt());
        }
    }

    /** For the OpenAPI document: the page shape with its item type. */
    @Schema(name = "CandidatePage", requiredProperties = {"items", "next_cursor"})
    record CandidatePage(List<CandidateView> items, @Schema(description = Page.NEXT_CURSOR, nullable = true) String nextCursor,
            @Schema(description = Page.TOTAL) Long total) {
    }
}
