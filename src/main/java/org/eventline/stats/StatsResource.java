package org.eventline.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.eventline.event.EventFilter;
import org.eventline.event.EventFilterParameters;
import org.eventline.event.EventFilterParser;
import org.eventline.stats.TimelineRepository.Count;
import org.eventline.time.DateEnvelope;
import org.eventline.web.Problem;
import org.eventline.web.QueryParameters;

/** Event counts over time, for charts, under exactly the filters of /events. */
@PermitAll
@Path("/api/v1/stats/timeline")
@Tag(name = "Statistics")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class StatsResource {

    static final String COUNTED_BY = "Each event is counted once, in the bucket containing the first day of its date "
            + "envelope (date.start) or, for an event that began before from, the bucket of from; so bucket totals add "
            + "up to the number of matching events.";
    /** More buckets than a chart can show is almost always a mistake; refuse rather than answer megabytes. */
    static final int MAX_BUCKETS = 5000;
    private static final Comparator<TimelineView.Group> LARGEST_FIRST =
            Comparator.comparingLong(TimelineView.Group::count).reversed().thenComparing(TimelineView.Group::key);

    @Inject
    EventFilterParser filterParser;
    @Inject
    TimelineRepository repository;
    @Inject
    GroupLabels groupLabels;

    @GET
    @Operation(summary = "Event counts per day, week, month or year",
            description = "Takes every filter of /events. " + COUNTED_BY + " Empty buckets between the first and the last "
                    + "(or between from and to when both are given) are included with zero counts.")
    public TimelineView timelineStats(
            @RestQuery @Parameter(description = "Bucket width; weeks start on Monday.",
                    schema = @Schema(enumeration = {"day", "week", "month", "year"}, defaultValue = "month")) String interval,
            @RestQuery("group_by") @Parameter(description = "Split each bucket's count by type, category, actor or primary place. "
                    + "With actor, an event with several actors counts once for each.",
                    schema = @Schema(enumeration = {"type", "category", "actor", "location"})) String groupBy,
            @BeanParam EventFilterParameters documented,
            @Context UriInfo uri) {
        Set<String> allowed = new HashSet<>(EventFilterParser.FILTER_PARAMETERS);
        allowed.addAll(Set.of("interval", "group_by"));
        QueryParameters parameters = QueryParameters.of(uri, allowed);
        EventFilter filter = filterParser.parse(parameters);
        TimelineInterval width = parameters.vocabulary("interval", TimelineInterval.class).orElse(TimelineInterval.MONTH);
        TimelineGrouping grouping = parameters.vocabulary("group_by", TimelineGrouping.class).orElse(null);
        parameters.throwIfInvalid();

        List<Count> groupCounts = grouping == null ? List.of() : repository.byGroup(filter, width, grouping);
        // when each event falls in exactly one group, the groups add up to the totals: no second count
        List<Count> totals = grouping != null && grouping.countsEachEventOnce() ? sumByBucket(groupCounts)
                : repository.totals(filter, width);
        List<LocalDate> bucketStarts = bucketStarts(filter, width, totals, parameters);
        parameters.throwIfInvalid();
        Map<LocalDate, List<Count>> groups = groupCounts.stream().collect(Collectors.groupingBy(Count::bucket));
        Map<String, GroupLabels.Name> names = grouping == null ? Map.of() : groupLabels.labelsFor(grouping, groups.values());
        Map<LocalDate, Long> totalByBucket = totals.stream().collect(Collectors.toMap(Count::bucket, Count::count));

        List<TimelineView.Bucket> buckets = new ArrayList<>();
        for (LocalDate start : bucketStarts) {
            LocalDate end = width.nextBucketStart(start).minusDays(1);
            List<TimelineView.Group> split = groups.getOrDefault(start, List.of()).stream()
                    .map(count -> GroupLabels.group(count, names))
                    .sorted(LARGEST_FIRST)
                    .toList();
            buckets.add(new TimelineView.Bucket(start, end, DateEnvelope.of(start, end, width.precision(), false).label(),
                    totalByBucket.getOrDefault(start, 0L), grouping == null ? null : split));
        }
        long total = totals.stream().mapToLong(Count::count).sum();
        return new TimelineView(width.code(), grouping == null ? null : grouping.code(), COUNTED_BY, total, buckets);
    }

    private static List<Count> sumByBucket(List<Count> groupCounts) {
        Map<LocalDate, Long> sums = new TreeMap<>();
        groupCounts.forEach(count -> sums.merge(count.bucket(), count.count(), Long::sum));
        return sums.entrySet().stream().map(sum -> new Count(sum.getKey(), null, sum.getValue())).toList();
    }

    /** Every bucket from the period's start (or the first event's) to its end (or the last event's). */
    private static List<LocalDate> bucketStarts(EventFilter filter, TimelineInterval width, List<Count> totals,
            QueryParameters parameters) {
        if (totals.isEmpty() && (filter.from() == null || filter.to() == null)) {
            return List.of();
        }
        LocalDate first = width.bucketStart(filter.from() != null && filter.to() != null ? filter.from() : totals.get(0).bucket());
        LocalDate last = width.bucketStart(filter.from() != null && filter.to() != null ? filter.to() : totals.get(totals.size() - 1).bucket());
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(last); start = width.nextBucketStart(start)) {
            if (starts.size() == MAX_BUCKETS) {
                parameters.error("interval", "more than " + MAX_BUCKETS + " " + width.code()
                        + " buckets; narrow from/to or use a coarser interval");
                return List.of();
            }
            starts.add(start);
        }
        return starts;
    }
}
