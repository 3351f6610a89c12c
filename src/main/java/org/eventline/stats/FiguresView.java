package org.eventline.stats;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.actor.ActorRef;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.Estimate;

/** Figures per bucket of time: one series per claimant, estimate and group, side by side, never summed together. */
@Schema(name = "Figures")
public record FiguresView(
        @Schema(examples = "killed") String measure,
        @Schema(examples = "month") String interval,
        @Schema(description = "What each series is split by; null when not split.", examples = "governorate", nullable = true) String groupBy,
        @Schema(description = "Which bucket a claim counts in, and what it adds to the sums.") String countedBy,
        @Schema(description = "Every series that has a claim in some bucket, in the order each bucket lists them.") List<Series> series,
        List<Bucket> buckets) {

    @Schema(name = "FigureSeries")
    public record Series(
            @Schema(description = "attributed_to slug:estimate:group, \"none\" for no estimate or group.", examples = "ucdp:best:people")
            String key,
            @Schema(description = "Who made the claims.") ActorRef attributedTo,
            @Schema(description = "Which of the claimant's estimates; null for single figures.", nullable = true) Estimate estimate,
            @Schema(description = "Whom the claims count; null for figures that count no one.", nullable = true) ClaimGroup group) {
    }

    @Schema(name = "FigureBucket")
    public record Bucket(
            @Schema(examples = "2016-10-01") LocalDate start,
            @Schema(examples = "2016-10-31") LocalDate end,
            @Schema(examples = "October 2016") String label,
            @Schema(description = "Every series, in the order of the answer's series, zeros included.") List<SeriesFigures> series) {
    }

    @Schema(name = "SeriesFigures", requiredProperties = {"key", "min_sum", "max_sum", "claims", "events", "unquantified"})
    public record SeriesFigures(
            @Schema(examples = "ucdp:best:people") String key,
            @Schema(description = "Sum of what each claim allows at least (its min, else its max).") long minSum,
            @Schema(description = "Sum of what each claim allows at most (its max, else its min).") long maxSum,
            @Schema(description = "Number of claims.") long claims,
            @Schema(description = "Number of distinct events the claims belong to.") long events,
            @Schema(description = "Claims with no number (\"dozens\"): counted in claims, adding to neither sum.") long unquantified,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The series split by group_by, largest max_sum first; only with group_by.") List<GroupFigures> groups) {
    }

    @Schema(name = "GroupFigures")
    public record GroupFigures(
            @Schema(description = "Place or actor slug; \"none\" for claims without such a place or actor.", examples = "aleppo-governorate")
            String key,
            @Schema(examples = "Aleppo Governorate") String label,
            long minSum,
            long maxSum,
            long claims,
            long events,
            long unquantified) {
    }
}
