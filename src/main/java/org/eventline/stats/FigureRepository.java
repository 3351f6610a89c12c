package org.eventline.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eventline.claim.ClaimConditions;
import org.eventline.claim.ClaimFilter;
import org.eventline.jdbc.NamedStatement;
import org.eventline.replica.ReadSessions;

/**
 * The sums behind /stats/figures, under the same conditions as /claims. The SQL implements the
 * counting rule of figure/ClaimFigure (lower = min else max, upper = max else min), for speed;
 * FiguresTest checks it against ClaimFigure on the claims /claims lists.
 */
@ApplicationScoped
public class FigureRepository {

    /** What a claim adds to min_sum (ClaimFigure.lower) and to max_sum (ClaimFigure.upper). */
    static final String LOWER = "coalesce(c.min_value, c.max_value)";
    static final String UPPER = "coalesce(c.max_value, c.min_value)";

    /** The sums of one series (claimant, estimate, group) in one bucket and, when split, one group (key null: the series itself). */
    public record Sums(LocalDate bucket, UUID claimant, String estimate, String group, String key, long minSum, long maxSum,
            long claims, long events, long unquantified) {
    }

    @Inject
    ReadSessions reads;

    /**
     * Per bucket and series, and per group when grouped (then with ACTOR a claim counts once for each of
     * its event's actors). Each claim counts in the bucket of its event's first day, or of the period's
     * first day for an event that began before the period, as /stats/timeline counts events.
     */
    @Transactional
    public List<Sums> sums(ClaimFilter filter, TimelineInterval interval, FigureGrouping grouping) {
        if (FigureDayQuery.answers(filter, grouping)) {
            // a few thousand index entries: parallel workers take longer to start than they save (about
            // 100 ms on a busy machine at 1M, the plan PostgreSQL picks for the events begun before the period)
            // (through JDBC: on a replica's session, which joins no transaction, Hibernate would refuse an update;
            // there, outside a transaction, PostgreSQL ignores it and the query may use parallel workers)
            reads.session().doWork(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("set local max_parallel_workers_per_gather = 0");
                }
            });
            return list(FigureDayQuery.create(filter, interval));
        }
        return claimSums(filter, interval, grouping);
    }

    /** The same sums from the claims themselves, whatever the filter (FigureDayQuery is checked against it). */
    List<Sums> claimSums(ClaimFilter filter, TimelineInterval interval, FigureGrouping grouping) {
        String firstDay = filter.events().from() == null ? "e.date_start" : "greatest(e.date_start, :from)";
        String select = "select cast(date_trunc('" + interval.code() + "', " + firstDay + ") as date), c.attributed_to_id,"
                + " c.estimate, c.affected_group, " + key(grouping) + ", coalesce(sum(" + LOWER + "), 0), coalesce(sum(" + UPPER
                + "), 0), count(*), count(distinct e.id), count(*) filter (where c.min_value is null and c.max_value is null)"
                + " from claim c join event e on e.id = c.event_id " + join(grouping, filter) + " where ";
        return list(ClaimConditions.statement(filter, select, " group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5"));
    }

    /** Rows of (bucket, claimant, estimate, group, key, min_sum, max_sum, claims, events, unquantified). */
    private List<Sums> list(NamedStatement statement) {
        return statement.list(reads.session(), row -> new Sums(row.getObject(1, LocalDate.class),
                        row.getObject(2, UUID.class), row.getString(3), row.getString(4), row.getString(5), row.getLong(6),
                        row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10)));
    }

    private static String key(FigureGrouping grouping) {
        if (grouping == null) {
            return "cast(null as text)";
        }
        return switch (grouping) {
            case LOCATION -> "cast(e.location_id as text)";
            case ACTOR -> "cast(ea.actor_id as text)";
            case GROUP_ACTOR -> "cast(c.group_actor_id as text)";
            // the nearest place of that kind containing the primary place (or the primary place itself)
            default -> "(select cast(lc.ancestor_id as text) from location_closure lc join location l on l.id = lc.ancestor_id"
                    + " where lc.descendant_id = e.location_id and l.kind = '" + grouping.placeKind().code()
                    + "' order by lc.depth limit 1)";
        };
    }

    private static String join(FigureGrouping grouping, ClaimFilter filter) {
        // with an actor_role filter, group by the actors in that role only (:actorRole is bound by the conditions)
        return grouping == FigureGrouping.ACTOR ? "join event_actor ea on ea.event_id = e.id"
                + (filter.events().actorRole() == null ? "" : " and ea.role = :actorRole") : "";
    }
}
