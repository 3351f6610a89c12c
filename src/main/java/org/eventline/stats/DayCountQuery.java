package org.eventline.stats;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eventline.event.DateMatch;
import org.eventline.event.DateSpanClass;
import org.eventline.event.EventFilter;
import org.eventline.event.PeriodCondition;
import org.eventline.jdbc.NamedStatement;

/**
 * /stats/timeline from the per-day counts of V013 when the filter is a period (overlap) and
 * types only: the events that began inside the period are summed from event_day_count by their
 * start day; those that began before it and overlap it, which all count in its first bucket, are
 * counted from the events, one index range per envelope length class (V012). Same answers as
 * counting the events, a few thousand rows read instead of every event of the period.
 */
final class DayCountQuery {

    private DayCountQuery() {
    }

    /** Whether the day counts can answer: nothing but a period that overlaps and types, grouped by type or category or not at all. */
    static boolean answers(EventFilter filter, TimelineGrouping grouping) {
        boolean overlap = filter.dateMatch() != DateMatch.WITHIN || (filter.from() == null && filter.to() == null);
        return filter.periodAndTypesOnly() && overlap && (grouping == null || grouping == TimelineGrouping.TYPE
                || grouping == TimelineGrouping.CATEGORY);
    }

    /** Rows of (bucket start, group key or null, count), ordered by bucket and key. */
    static NamedStatement create(EventFilter filter, TimelineInterval interval, TimelineGrouping grouping) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String bucket = "cast(date_trunc('" + interval.code() + "', %s) as date)";
        StringBuilder sql = new StringBuilder("select bucket, key, sum(events) from (\n  select ")
                .append(bucket.formatted("d.day")).append(" as bucket, ").append(key(grouping, "d")).append(" as key, d.events")
                .append(" from event_day_count d").append(join(grouping, "d")).append(" where d.events > 0");
        sql.append(StartDayConditions.of(filter, "d", parameters));
        String types = filter.types().isEmpty() ? "" : " and %s.type_code = any(:types)";
        if (filter.from() != null) {
            for (DateSpanClass spanClass : DateSpanClass.values()) {
                if (spanClass == DateSpanClass.DAY) {
                    continue; // a single day that began before the period ended before it too
                }
                sql.append("\n  union all select ").append(bucket.formatted("cast(:from as date)")).append(", ")
                        .append(key(grouping, "e")).append(", 1 from event e").append(join(grouping, "e"))
                        .append(" where e.date_span_class = ").append(spanClass.code())
                        .append(" and e.date_start < :from and ").append(PeriodCondition.of("e").fromBound(DateMatch.OVERLAPS));
                if (spanClass.earliestStartOverlapping(filter.from()) != null) {
                    String name = "earliest" + spanClass.code();
                    sql.append(" and e.date_start >= :").append(name);
                    parameters.put(name, spanClass.earliestStartOverlapping(filter.from()));
                }
                sql.append(types.formatted("e"));
            }
        }
        sql.append("\n) counts group by 1, 2 order by 1, 2");
        return new NamedStatement(sql.toString(), parameters);
    }

    private static String key(TimelineGrouping grouping, String alias) {
        if (grouping == null) {
            return "cast(null as text)";
        }
        return grouping == TimelineGrouping.TYPE ? alias + ".type_code" : "t.category_code";
    }

    private static String join(TimelineGrouping grouping, String alias) {
        return grouping == TimelineGrouping.CATEGORY ? " join event_type t on t.code = " + alias + ".type_code" : "";
    }
}
