package org.eventline.event;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The one statement of a page of events in date order, written so that PostgreSQL reads it by
 * index range scans however many events there are (V012): one ordered scan per envelope length
 * class of the timeline the filter names (every event, one actor's, or one place's with all the
 * places inside it), merged, stopping at the page's size. The full filter (EventConditions) is
 * applied to every row as well, so the ranges only decide where to read, never what matches.
 */
final class EventPageQuery {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private EventConditions conditions;

    private EventPageQuery() {
    }

    static Query create(EntityManager entityManager, EventFilter filter, EventSort sort, EventKey after, int limit) {
        EventPageQuery page = new EventPageQuery();
        page.write(filter, sort, after);
        Query query = page.conditions.bind(entityManager.createNativeQuery(page.sql.toString()));
        page.parameters.forEach(query::setParameter);
        return query.setParameter("limit", limit);
    }

    /** Where the events are read from in date order, with the column naming the event. */
    private record Timeline(String table, String eventColumn, String keyColumn, UUID key) {

        static Timeline of(EventFilter filter) {
            if (filter.actors().size() == 1) {
                return new Timeline("event_actor_timeline", "event_id", "actor_id", filter.actors().get(0));
            }
            if (filter.locations().size() == 1) {
                return new Timeline("event_place_timeline", "event_id", "location_id", filter.locations().get(0));
            }
            return new Timeline("event", "id", null, null);
        }

        String from() {
            return key == null ? "event e" : table + " t join event e on e.id = t." + eventColumn;
        }

        String alias() {
            return key == null ? "e" : "t";
        }
    }

    private void write(EventFilter filter, EventSort sort, EventKey after) {
        Timeline timeline = Timeline.of(filter);
        // the timeline already holds only the named actor's events: no need to check its links again
        boolean actorTimeline = "actor_id".equals(timeline.keyColumn());
        conditions = EventConditions.of(actorTimeline && filter.actorRole() == null ? filter.withoutActors() : filter);
        String direction = sort == EventSort.DATE_DESCENDING ? " desc" : "";
        String t = timeline.alias();
        String order = " order by " + t + ".date_start" + direction + ", " + t + "." + timeline.eventColumn() + direction;
        if (timeline.key() != null) {
            parameters.put("timelineKey", timeline.key());
        }
        if (filter.to() != null) {
            parameters.put("pageTo", filter.to());
        }
        if (after != null) {
            parameters.put("afterDate", after.dateStart());
            parameters.put("afterId", after.id());
        }
        sql.append("select page.id, page.date_start, page.document from (");
        for (DateSpanClass spanClass : DateSpanClass.values()) {
            sql.append(spanClass.ordinal() == 0 ? "\n  (" : "\n  union all (")
                    .append("select e.id, e.date_start, e.document from ").append(timeline.from())
                    .append(" where ").append(t).append(".date_span_class = ").append(spanClass.code());
            if (timeline.key() != null) {
                sql.append(" and t.").append(timeline.keyColumn()).append(" = :timelineKey");
            }
            LocalDate earliestStart = earliestStart(filter, spanClass);
            if (earliestStart != null) {
                String name = "start" + spanClass.ordinal();
                parameters.put(name, earliestStart);
                sql.append(" and ").append(t).append(".date_start >= :").append(name);
            }
            if (filter.to() != null) {
                sql.append(" and ").append(t).append(".date_start <= :pageTo");
            }
            if (after != null) {
                sql.append(" and (").append(t).append(".date_start, ").append(t).append('.').append(timeline.eventColumn())
                        .append(direction.isEmpty() ? ") > " : ") < ").append("(:afterDate, :afterId)");
            }
            sql.append(" and ").append(conditions.sql().replace("\n", " "))
                    .append(order).append(" limit :limit)");
        }
        sql.append("\n) page order by page.date_start").append(direction).append(", page.id").append(direction)
                .append(" limit :limit");
    }

    /** The earliest start an event of this class can have and match the period filter; null: none. */
    private static LocalDate earliestStart(EventFilter filter, DateSpanClass spanClass) {
        if (filter.from() == null) {
            return null;
        }
        return filter.dateMatch() == DateMatch.WITHIN ? filter.from() : spanClass.earliestStartOverlapping(filter.from());
    }
}
