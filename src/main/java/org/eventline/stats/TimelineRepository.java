package org.eventline.stats;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.event.EventConditions;
import org.eventline.event.EventFilter;
import org.eventline.jdbc.NamedStatement;
import org.eventline.replica.ReadSessions;

/** The counting queries behind /stats/timeline, under the same conditions as /events. */
@ApplicationScoped
public class TimelineRepository {

    /** A count for one bucket (its first day) and, when grouped, one group key. */
    public record Count(LocalDate bucket, String key, long count) {
    }

    @Inject
    ReadSessions reads;

    /**
     * Matching events per bucket, each counted once: in the bucket of its envelope's first day, or of
     * the period's first day for an event that began before the period.
     */
    public List<Count> totals(EventFilter filter, TimelineInterval interval) {
        if (DayCountQuery.answers(filter, null)) {
            return rows(DayCountQuery.create(filter, interval, null));
        }
        return counts(filter, interval, "null", "");
    }

    /** Matching events per bucket and group; with ACTOR an event counts once for each of its actors. */
    public List<Count> byGroup(EventFilter filter, TimelineInterval interval, TimelineGrouping grouping) {
        if (DayCountQuery.answers(filter, grouping)) {
            return rows(DayCountQuery.create(filter, interval, grouping));
        }
        return switch (grouping) {
            case TYPE -> counts(filter, interval, "e.type_code", "");
            case CATEGORY -> counts(filter, interval, "t.category_code", "join event_type t on t.code = e.type_code");
            case LOCATION -> counts(filter, interval, "cast(e.location_id as text)", "");
            // with an actor_role filter, group by the actors in that role only (:actorRole is bound by the conditions)
            case ACTOR -> counts(filter, interval, "cast(ea.actor_id as text)",
                    "join event_actor ea on ea.event_id = e.id" + (filter.actorRole() == null ? "" : " and ea.role = :actorRole"));
        };
    }

    private List<Count> counts(EventFilter filter, TimelineInterval interval, String key, String join) {
        // an event that began before the period counts in the period's first bucket (:from is bound by the conditions)
        String firstDay = filter.from() == null ? "e.date_start" : "greatest(e.date_start, :from)";
        return rows(EventConditions.of(filter).statement("select cast(date_trunc('" + interval.code() + "', " + firstDay
                + ") as date), " + key + ", count(distinct e.id) from event e " + join + " where ", " group by 1, 2 order by 1, 2"));
    }

    /** Runs through the same binding as every statement over EventConditions (NamedStatement). */
    private List<Count> rows(NamedStatement counts) {
        return counts.list(reads.session(),
                row -> new Count(row.getObject(1, LocalDate.class), row.getString(2), row.getLong(3)));
    }
}
