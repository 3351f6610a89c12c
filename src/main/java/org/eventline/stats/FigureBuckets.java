package org.eventline.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.actor.ActorRef;
import org.eventline.actor.ActorRepository;
import org.eventline.claim.ClaimFilter;
import org.eventline.figure.ClaimFigure;
import org.eventline.stats.FigureRepository.Sums;
import org.eventline.time.DateEnvelope;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.Coded;
import org.eventline.vocabulary.Estimate;

/** The buckets of /stats/figures: each series' sums per bucket, every bucket listing every series, empty buckets filled. */
@ApplicationScoped
public class FigureBuckets {

    static final String COUNTED_BY = "Each claim counts in one bucket: the one containing the first day of its event's date "
            + "envelope (date.start) or, for an event that began before from, the bucket of from, as /stats/timeline counts "
            + "events; a claim's own period does not spread it over buckets. " + ClaimFigure.COUNTING_RULE + " A series is one "
            + "claimant's claims of one estimate and one group: series are never summed together, nor averaged.";
    private static final Comparator<FiguresView.GroupFigures> LARGEST_FIRST =
            Comparator.comparingLong(FiguresView.GroupFigures::maxSum).reversed().thenComparing(FiguresView.GroupFigures::key);

    @Inject
    FigureRepository repository;
    @Inject
    ActorRepository actors;
    @Inject
    GroupLabels groupLabels;

    /** One series' identity: who claims, which estimate, whom it counts. */
    private record SeriesKey(UUID claimant, String estimate, String group) {
        static SeriesKey of(Sums sums) {
            return new SeriesKey(sums.claimant(), sums.estimate(), sums.group());
        }
    }

    public FiguresView figures(ClaimFilter filter, TimelineInterval width, FigureGrouping grouping) {
        List<Sums> totals = repository.sums(filter, width, null);
        List<Sums> groupSums = grouping == null ? List.of() : repository.sums(filter, width, grouping);
        Map<UUID, ActorRef> claimants = actors.find("id in ?1", totals.stream().map(Sums::claimant).distinct().toList()).stream()
                .collect(Collectors.toMap(actor -> actor.id, ActorRef::of));
        List<FiguresView.Series> series = totals.stream().map(SeriesKey::of).distinct()
                .map(key -> series(key, claimants.get(key.claimant())))
                .sorted(Comparator.comparing(FiguresView.Series::key)).toList();
        Map<SeriesKey, String> keys = series.stream().collect(Collectors.toMap(
                s -> new SeriesKey(s.attributedTo().id(), code(s.estimate()), code(s.group())), FiguresView.Series::key));
        Map<String, GroupLabels.Name> names = grouping == null ? Map.of() : names(grouping, groupSums);

        List<FiguresView.Bucket> buckets = new ArrayList<>();
        List<LocalDate> withData = totals.stream().map(Sums::bucket).distinct().sorted().toList();
        for (LocalDate start : TimelineBuckets.bucketStarts(filter.events(), width, withData)) {
            LocalDate end = width.nextBucketStart(start).minusDays(1);
            Map<String, Sums> inBucket = totals.stream().filter(sums -> sums.bucket().equals(start))
                    .collect(Collectors.toMap(sums -> keys.get(SeriesKey.of(sums)), Function.identity()));
            Map<String, List<Sums>> groupsInBucket = groupSums.stream().filter(sums -> sums.bucket().equals(start))
                    .collect(Collectors.groupingBy(sums -> keys.get(SeriesKey.of(sums))));
            List<FiguresView.SeriesFigures> figures = series.stream().map(s -> figures(s.key(), inBucket.get(s.key()),
                    grouping == null ? null : groupsInBucket.getOrDefault(s.key(), List.of()), names)).toList();
            buckets.add(new FiguresView.Bucket(start, end, DateEnvelope.of(start, end, width.precision(), false).label(), figures));
        }
        String measure = filter.measures().get(0).code();
        return new FiguresView(measure, width.code(), grouping == null ? null : grouping.code(), COUNTED_BY, series, buckets);
    }

    private static FiguresView.Series series(SeriesKey key, ActorRef claimant) {
        return new FiguresView.Series(claimant.slug() + ":" + orNone(key.estimate()) + ":" + orNone(key.group()), claimant,
                key.estimate() == null ? null : Coded.find(Estimate.class, key.estimate()).orElseThrow(),
                key.group() == null ? null : Coded.find(ClaimGroup.class, key.group()).orElseThrow());
    }

    private static FiguresView.SeriesFigures figures(String key, Sums sums, List<Sums> groups, Map<String, GroupLabels.Name> names) {
        List<FiguresView.GroupFigures> split = groups == null ? null : groups.stream().map(group -> {
            GroupLabels.Name name = group.key() == null ? new GroupLabels.Name(GroupLabels.NONE, "None")
                    : names.getOrDefault(group.key(), new GroupLabels.Name(group.key(), group.key()));
            return new FiguresView.GroupFigures(name.key(), name.label(), group.minSum(), group.maxSum(), group.claims(),
                    group.events(), group.unquantified());
        }).sorted(LARGEST_FIRST).toList();
        return sums == null ? new FiguresView.SeriesFigures(key, 0, 0, 0, 0, 0, split)
                : new FiguresView.SeriesFigures(key, sums.minSum(), sums.maxSum(), sums.claims(), sums.events(), sums.unquantified(), split);
    }

    private Map<String, GroupLabels.Name> names(FigureGrouping grouping, List<Sums> groupSums) {
        List<String> ids = groupSums.stream().map(Sums::key).filter(Objects::nonNull).distinct().toList();
        return grouping.byPlace() ? groupLabels.placeNames(ids) : groupLabels.actorNames(ids);
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String orNone(String code) {
        return code == null ? GroupLabels.NONE : code;
    }
}
