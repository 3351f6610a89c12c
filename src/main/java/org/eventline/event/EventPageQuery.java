package org.eventline.event;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eventline.jdbc.NamedStatement;

/**
 * The one statement of a page of events in date order, written so that PostgreSQL reads it by
 * index range scans however many events there are (V012): one ordered scan per envelope length
 * class of the timeline the filter names (every event, one actor's, one place's with all the
 * places inside it, or those with a figure of a measure, V022), merged, stopping at the page's size. The full filter (EventConditions) is
 * applied to every row as well, so the ranges only decide where to read, never what matches.
 */
final class EventPageQuery {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private EventConditions conditions;

    private EventPageQuery() {
    }

    /**
     * With {@code documentsInScan}, each branch reads the documents itself (best for long runs of
     * rows); otherwise branches read positions only, from the index when it holds every column
     * the filter checks, and the page's documents are looked up by id (best for a page).
     */
    static NamedStatement create(EventFilter filter, EventSort sort, EventKey after, int limit, boolean documentsInScan) {
        EventPageQuery page = new EventPageQuery();
        page.write(filter, sort, after, limit, documentsInScan);
        Map<String, Object> values = new LinkedHashMap<>(page.conditions.parameters());
        values.putAll(page.parameters);
        return new NamedStatement(page.sql.toString(), values);
    }

    /** Where the events are read from in date order, with the column naming the event. */
    private record Timeline(String table, String eventColumn, String keyColumn, Object key) {

        static Timeline of(EventFilter filter) {
            if (filter.actors().size() == 1) {
                return new Timeline("event_actor_timeline", "event_id", "actor_id", filter.actors().get(0));
            }
            if (filter.locations().size() == 1) {
                return new Timeline("event_place_timeline", "event_id", "location_id", filter.locations().get(0));
            }
            if (filter.figure() != null) {
                // the events with a figure of the measure (V022), read from the range's lower bound
                return new Timeline("event_figure", "event_id", "measure", filter.figure().measure().code());
            }
            return new Timeline("event", "id", null, null);
        }

        /**
         * What every event read from this timeline already satisfies: it holds only the named actor's (in any role)
         * or place's events, or the events whose largest figure of the measure is at least the range's lower bound.
         */
        EventConditions.Covered covers(EventFilter filter) {
            return switch (table) {
                case "event_actor_timeline" -> filter.actorRole() == null ? EventConditions.Covered.ACTORS : EventConditions.Covered.NOTHING;
                case "event_place_timeline" -> EventConditions.Covered.LOCATIONS;
                case "event_figure" -> EventConditions.Covered.FIGURES;
                default -> EventConditions.Covered.NOTHING;
            };
        }

        /** The timeline, joined to the events when their columns are read (a timeline keeps each event's days). */
        String from(boolean withEvents) {
            if (key == null) {
                return "event e";
            }
            return withEvents ? table + " t join event e on e.id = t." + eventColumn : table + " t";
        }

        String alias() {
            return key == null ? "e" : "t";
        }
    }

    private void write(EventFilter filter, EventSort sort, EventKey after, int limit, boolean documentsInScan) {
        Timeline timeline = Timeline.of(filter);
        String t = timeline.alias();
        conditions = EventConditions.onTimeline(filter, timeline.covers(filter), t);
        boolean descending = sort.descending();
        String direction = descending ? " desc" : "";
        String position = t + ".date_start" + direction + ", " + t + "." + timeline.eventColumn() + direction;
        if (timeline.key() != null) {
            parameters.put("timelineKey", timeline.key());
        }
        String document = documentsInScan ? ", e.document" : "";
        String from = timeline.from(!conditions.periodOnly() || documentsInScan);
        sql.append("select page.id, page.date_start, ").append(documentsInScan ? "page" : "d").append(".document from (");
        for (DateSpanClass spanClass : DateSpanClass.values()) {
            sql.append(spanClass.ordinal() == 0 ? "\n  (" : "\n  union all (")
                    .append("select ").append(t).append('.').append(timeline.eventColumn()).append(" as id, ").append(t)
                    .append(".date_start").append(document).append(" from ").append(from)
                    .append(" where ").append(t).append(".date_span_class = ").append(spanClass.code());
            if (timeline.key() != null) {
                sql.append(" and t.").append(timeline.keyColumn()).append(" = :timelineKey");
                if (timeline.covers(filter) == EventConditions.Covered.FIGURES) {
                    parameters.put("timelineFigureMin", filter.figure().minOrZero());
                    sql.append(" and t.figure >= :timelineFigureMin");
                }
            } else if (filter.types().size() == 1) {
                // the one type's own timeline (V015); "= any(:types)" alone would not let the index order the scan
                parameters.put("pageType", filter.types().get(0));
                sql.append(" and e.type_code = :pageType");
            }
            // Of a range bound and the cursor on the side the scan starts from, only the tighter one is
            // written: PostgreSQL does not merge a day bound with a (day, id) row bound, and may start
            // the scan at the looser one.
            LocalDate earliestStart = earliestStart(filter, spanClass);
            boolean cursorIsTighter = after != null && (descending
                    ? filter.to() == null || !after.dateStart().isAfter(filter.to())
                    : earliestStart == null || !after.dateStart().isBefore(earliestStart));
            if (earliestStart != null && (descending || !cursorIsTighter)) {
                String name = "start" + spanClass.ordinal();
                parameters.put(name, earliestStart);
                sql.append(" and ").append(t).append(".date_start >= :").append(name);
            }
            if (filter.to() != null && (!descending || !cursorIsTighter)) {
                parameters.put("pageTo", filter.to());
                sql.append(" and ").append(t).append(".date_start <= :pageTo");
            }
            if (cursorIsTighter) {
                parameters.put("afterDate", after.dateStart());
                parameters.put("afterId", after.id());
                sql.append(" and (").append(t).append(".date_start, ").append(t).append('.').append(timeline.eventColumn())
                        .append(descending ? ") < " : ") > ").append("(:afterDate, :afterId)");
            }
            sql.append(" and ").append(conditions.sql().replace("\n", " "))
                    .append(" order by ").append(position).append(" limit ").append(limit).append(')');
        }
        // limits are literals, not parameters: a generic plan would otherwise assume a tenth of the table
        sql.append("\n) page").append(documentsInScan ? "" : " join event d on d.id = page.id")
                .append(" order by page.date_start").append(direction)
                .append(", page.id").append(direction).append(" limit ").append(limit);
    }

    /** The earliest start an event of this class can have and match the period filter; null: none (PeriodConditionTest). */
    static LocalDate earliestStart(EventFilter filter, DateSpanClass spanClass) {
        if (filter.from() == null) {
            return null;
        }
        return filter.dateMatch() == DateMatch.WITHIN ? filter.from() : spanClass.earliestStartOverlapping(filter.from());
    }
}
