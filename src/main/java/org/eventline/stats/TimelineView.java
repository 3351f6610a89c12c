package org.eventline.stats;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Event counts per bucket of time, optionally split into groups. */
@Schema(name = "Timeline")
public record TimelineView(
        @Schema(examples = "month") String interval,
        @Schema(description = "What groups split the counts by; null when not grouped.", examples = "type", nullable = true) String groupBy,
        @Schema(description = "How an event is assigned to buckets.",
                examples = "Each event is counted once, in the bucket containing the first day of its date envelope.")
        String countedBy,
        @Schema(description = "Number of matching events in all buckets.") long total,
        List<Bucket> buckets) {

    @Schema(name = "TimelineBucket")
    public record Bucket(
            @Schema(examples = "2016-10-01") LocalDate start,
            @Schema(examples = "2016-10-31") LocalDate end,
            @Schema(examples = "October 2016") String label,
            @Schema(description = "Events in the bucket (with group_by=actor an event with several actors is still counted once here).")
            long total,
            @Schema(description = "The bucket split by group_by, largest first; null when not grouped.", nullable = true) List<Group> groups) {
    }

    @Schema(name = "TimelineGroup")
    public record Group(
            @Schema(description = "Type or category code, or actor or place slug; \"none\" for events without a primary place.",
                    examples = "air_strike") String key,
            @Schema(examples = "Air strike") String label,
            long count) {
    }
}
