package org.eventline.stats;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eventline.claim.ClaimConditions;
import org.eventline.claim.ClaimFilter;
import org.eventline.event.DateMatch;
import org.eventline.event.DateSpanClass;
import org.eventline.event.EventFilter;
import org.eventline.event.PeriodCondition;
import org.eventline.jdbc.NamedStatement;

/**
 * /stats/figures from the per-day figures of V024 when the filter is a period (overlap), types and
 * the fields that make a series (measure, claimant, estimate, group), not split by group: the claims
 * of events that began inside the period are summed from claim_day_figure by their event's start
 * day; those of events that began before it and overlap it, which all count in its first bucket,
 * from the claims, one index range of events per envelope length class (V012), as DayCountQuery
 * counts events. Same answers as FigureRepository's general query, a few hundred rows read instead
 * of a year's claims.
 */
final class FigureDayQuery {

    private FigureDayQuery() {
    }

    /**
     * Whether the per-day figures can answer: nothing but a period that overlaps, types and the series'
     * own fields (their events add up across days and types; not across sources, verifications or
     * qualifiers, which a row does not keep apart), one measure, no split.
     */
    static boolean answers(ClaimFilter filter, FigureGrouping grouping) {
        EventFilter events = filter.events();
        boolean overlap = events.dateMatch() != DateMatch.WITHIN || (events.from() == null && events.to() == null);
        return grouping == null && events.periodAndTypesOnly() && overlap && filter.measures().size() == 1
                && filter.sources().isEmpty() && filter.verifications().isEmpty() && filter.qualifiers().isEmpty();
    }

    /** Rows of (bucket start, claimant, estimate, group, null key, min_sum, max_sum, claims, events, unquantified), as FigureRepository's. */
    static NamedStatement create(ClaimFilter filter, TimelineInterval interval) {
        EventFilter events = filter.events();
        NamedStatement fields = ClaimConditions.fields(filter);
        Map<String, Object> parameters = new LinkedHashMap<>(fields.parameters());
        String bucket = "cast(date_trunc('" + interval.code() + "', %s) as date)";
        StringBuilder sql = new StringBuilder("select bucket, attributed_to_id, estimate, affected_group, cast(null as text),")
                .append(" cast(sum(min_sum) as bigint), cast(sum(max_sum) as bigint), sum(claims), sum(events), sum(unquantified)")
                .append(" from (\n  select ").append(bucket.formatted("c.day"))
                .append(" as bucket, c.attributed_to_id, c.estimate, c.affected_group, c.min_sum, c.max_sum, c.claims, c.events,")
                .append(" c.unquantified from claim_day_figure c where ").append(fields.sql()).append(" and c.claims > 0");
        sql.append(StartDayConditions.of(events, "c", parameters));
        String types = events.types().isEmpty() ? "" : " and %s.type_code = any(:types)";
        if (events.from() != null) {
            sql.append("\n  union all select ").append(bucket.formatted("cast(:from as date)"))
                    .append(", c.attributed_to_id, c.estimate, c.affected_group, coalesce(sum(").append(FigureRepository.LOWER)
                    .append("), 0), coalesce(sum(").append(FigureRepository.UPPER).append("), 0), count(*), count(distinct c.event_id),")
                    .append(" count(*) filter (where c.min_value is null and c.max_value is null)\n  from (")
                    .append(earlierEvents(events, types, parameters))
                    .append(") e join claim c on c.event_id = e.id where ").append(fields.sql()).append(" group by 2, 3, 4");
        }
        sql.append("\n) sums group by 1, 2, 3, 4 order by 1, 2, 3, 4");
        return new NamedStatement(sql.toString(), parameters);
    }

    /** The events that began before the period and overlap it, one index range per envelope class (a single day cannot). */
    private static String earlierEvents(EventFilter events, String types, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        for (DateSpanClass spanClass : DateSpanClass.values()) {
            if (spanClass == DateSpanClass.DAY) {
                continue; // a single day that began before the period ended before it too
            }
            sql.append(sql.isEmpty() ? "" : "\n    union all ").append("select e.id from event e where e.date_span_class = ")
                    .append(spanClass.code()).append(" and e.date_start < :from and ")
                    .append(PeriodCondition.of("e").fromBound(DateMatch.OVERLAPS));
            if (events.to() != null) {
                sql.append(" and ").append(PeriodCondition.of("e").toBound(DateMatch.OVERLAPS));
            }
            if (spanClass.earliestStartOverlapping(events.from()) != null) {
                String name = "earliest" + spanClass.code();
                sql.append(" and e.date_start >= :").append(name);
                parameters.put(name, spanClass.earliestStartOverlapping(events.from()));
            }
            sql.append(types.formatted("e"));
        }
        return sql.toString();
    }
}
