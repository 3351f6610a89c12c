package org.eventline.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.event.EventFilter;
import org.eventline.stats.TimelineRepository.Count;
import org.eventline.time.DateEnvelope;
import org.eventline.web.InvalidInputException;

/**
 * The buckets of /stats/timeline: the counts of the matching events per bucket (and group), with
 * every empty bucket between the first and the last filled in and each group named.
 */
@ApplicationScoped
public class TimelineBuckets {

    static final String COUNTED_BY = "Each event is counted once, in the bucket containing the first day of its date "
            + "envelope (date.start) or, for an event that began before from, the bucket of from; so bucket totals add "
            + "up to the number of matching events.";
    /** More buckets than a chart can show is almost always a mistake; refuse rather than answer megabytes. */
    static final int MAX_BUCKETS = 5000;
    private static final Comparator<TimelineView.Group> LARGEST_FIRST =
            Comparator.comparingLong(TimelineView.Group::count).reversed().thenComparing(TimelineView.Group::key);

    @Inject
    TimelineRepository repository;
    @Inject
    GroupLabels groupLabels;

    /** The timeline of the events matching the filter, in buckets of this width, split by the grouping (null: not split). */
    public TimelineView count(EventFilter filter, TimelineInterval width, TimelineGrouping grouping) {
        List<Count> groupCounts = grouping == null ? List.of() : repository.byGroup(filter, width, grouping);
        // when each event falls in exactly one group, the groups add up to the totals: no second count
        List<Count> totals = grouping != null && grouping.countsEachEventOnce() ? sumByBucket(groupCounts)
                : repository.totals(filter, width);
        List<LocalDate> bucketStarts = bucketStarts(filter, width, totals.stream().map(Count::bucket).toList());
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

    /**
     * Every bucket from the period's start (or the first bucket with data) to its end (or the last with data):
     * the buckets of /stats/timeline and /stats/figures alike.
     *
     * @param withData the buckets that hold data, in order
     */
    static List<LocalDate> bucketStarts(EventFilter filter, TimelineInterval width, List<LocalDate> withData) {
        if (withData.isEmpty() && (filter.from() == null || filter.to() == null)) {
            return List.of();
        }
        LocalDate first = width.bucketStart(filter.from() != null && filter.to() != null ? filter.from() : withData.get(0));
        LocalDate last = width.bucketStart(filter.from() != null && filter.to() != null ? filter.to() : withData.get(withData.size() - 1));
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(last); start = width.nextBucketStart(start)) {
            if (starts.size() == MAX_BUCKETS) {
                throw InvalidInputException.parameter("interval", "more than " + MAX_BUCKETS + " " + width.code()
                        + " buckets; narrow from/to or use a coarser interval");
            }
            starts.add(start);
        }
        return starts;
    }
}
