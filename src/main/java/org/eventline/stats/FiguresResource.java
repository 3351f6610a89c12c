package org.eventline.stats;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eventline.claim.ClaimFilterParser;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;
import org.eventline.replica.ServedByReplica;

/** Figures over time, one series per claimant, estimate and group, under the filters of /claims. */
@PermitAll
@ServedByReplica
@Path("/api/v1/stats/figures")
@Tag(name = "Statistics")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class FiguresResource {

    @Inject
    ClaimFilterParser filters;
    @Inject
    QueryParameters parameters;
    @Inject
    FigureBuckets buckets;

    @GET
    @Operation(summary = "Figures per day, week, month or year, per claimant",
            description = "Sums the claims of one measure (required) per bucket, one series per claimant, estimate and group, "
                    + "under every filter of /claims (every /events filter, group, attributed_to, estimate...). "
                    + FigureBuckets.COUNTED_BY + " Empty buckets between the first and the last (or between from and to when "
                    + "both are given) are included, every bucket listing every series with zeros.")
    public FiguresView figureStats(@BeanParam FigureParameters declared) {
        FigureParameters.Query query = declared.read(parameters, filters);
        return buckets.figures(query.filter(), query.interval(), query.grouping());
    }
}
