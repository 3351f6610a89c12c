package org.eventline.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eventline.jdbc.NamedStatement;
import org.eventline.vocabulary.EventStatus;

/**
 * The SQL where-clause of an EventFilter over "event e", with its parameters. Each condition is
 * written to match an index (see V008, V009 and V012): the envelope as comparisons on its days,
 * actors and places through their link tables, places through the closure of the hierarchy.
 */
public final class EventConditions {

    /**
     * What the rows a query reads already satisfy, so that no condition checks it again: a timeline (V012) holds one
     * actor's or one place's events; the rows of event_figure (V022) read from the filter's lower bound hold the events
     * with a figure of the measure from that bound (an event's largest figure), which is the whole figure condition
     * when it has no upper bound.
     */
    enum Covered {
        NOTHING, ACTORS, LOCATIONS, FIGURES
    }

    private final StringBuilder sql = new StringBuilder("true");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    /** The columns the period compares: the event's days, or a copy of them (a timeline of V012, a claim of V025). */
    private final PeriodCondition period;
    /** Whether a condition other than the period's has been added. */
    private boolean beyondPeriod;

    private EventConditions(PeriodCondition period) {
        this.period = period;
    }

    public static EventConditions of(EventFilter filter) {
        EventConditions conditions = exactly(filter);
        conditions.addEarliestStart(filter);
        return conditions;
    }

    /**
     * The conditions alone, without the redundant range on the start day that lets a count or
     * an aggregate use the indexes: a page (EventPageQuery) reads its ranges per span class.
     */
    static EventConditions exactly(EventFilter filter) {
        return exactly(filter, Covered.NOTHING, PeriodCondition.of("e"));
    }

    /**
     * The conditions on rows that carry a copy of their event's days (the claims, V025): the period
     * compared on the copy, every other condition on the event (alias e), to be joined only when
     * something beyond the period is checked (periodOnly).
     */
    public static EventConditions withPeriodOn(EventFilter filter, PeriodCondition period) {
        return exactly(filter, Covered.NOTHING, period);
    }

    /**
     * The conditions on rows read from a timeline that already covers part of the filter; when
     * nothing but the period is left, it is compared on the timeline's own copy of the days
     * (alias t), so the events need not be joined.
     */
    static EventConditions onTimeline(EventFilter filter, Covered covered, String timelineAlias) {
        EventConditions conditions = exactly(filter, covered, PeriodCondition.of("e"));
        return conditions.periodOnly() ? exactly(filter, covered, PeriodCondition.of(timelineAlias)) : conditions;
    }

    private static EventConditions exactly(EventFilter filter, Covered covered, PeriodCondition period) {
        EventConditions conditions = new EventConditions(period);
        conditions.addPeriod(filter);
        if (!filter.types().isEmpty()) {
            conditions.add("e.type_code = any(:types)", "types", filter.types().toArray(String[]::new));
        }
        if ((!filter.actors().isEmpty() && covered != Covered.ACTORS) || filter.actorRole() != null) {
            conditions.addActors(filter);
        }
        if (!filter.locations().isEmpty() && covered != Covered.LOCATIONS) {
            conditions.add("""
                    exists (select 1 from event_location el
                              join location_closure lc on lc.descendant_id = el.location_id
                             where el.event_id = e.id and lc.ancestor_id = any(:locations))""",
                    "locations", filter.locations().toArray(UUID[]::new));
        }
        if (filter.bbox() != null) {
            conditions.addBoundingBox(filter.bbox());
        }
        if (filter.text() != null) {
            conditions.add("e.search_document @@ websearch_to_tsquery('english', :text)", "text", filter.text());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("e.status = any(:statuses)", "statuses",
                    filter.statuses().stream().map(EventStatus::code).toArray(String[]::new));
        }
        if (!filter.datasets().isEmpty()) {
            conditions.add("e.dataset_id = any(:datasets)", "datasets", filter.datasets().toArray(UUID[]::new));
        }
        if (filter.updatedSince() != null) {
            conditions.add("e.updated_at >= :updatedSince", "updatedSince", filter.updatedSince());
        }
        if (filter.aggregate() != null) {
            conditions.add("e.aggregate = :aggregate", "aggregate", filter.aggregate());
        }
        conditions.addCodes(filter.codes());
        FigureFilter figure = filter.figure();
        if (figure != null && (covered != Covered.FIGURES || figure.max() != null)) {
            conditions.addFigure(figure);
        }
        return conditions;
    }

    public String sql() {
        return sql.toString();
    }

    /** Whether nothing but the period is checked. */
    public boolean periodOnly() {
        return !beyondPeriod;
    }

    /** A statement around these conditions (its where-clause), with their parameters. */
    public NamedStatement statement(String before, String after) {
        return new NamedStatement(before + sql + after, parameters);
    }

    /** The values of the parameters sql() names. */
    Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    void add(String condition, String name, Object value) {
        add(condition, Map.of(name, value));
    }

    void add(String condition, Map<String, Object> values) {
        append(condition, values);
        beyondPeriod = true;
    }

    private void append(String condition, Map<String, Object> values) {
        sql.append("\n  and ").append(condition);
        parameters.putAll(values);
    }

    /** The period, compared by the one rule every query shares (PeriodCondition). */
    private void addPeriod(EventFilter filter) {
        if (filter.from() != null) {
            append(period.fromBound(filter.dateMatch()), Map.of(PeriodCondition.FROM, filter.from()));
        }
        if (filter.to() != null) {
            append(period.toBound(filter.dateMatch()), Map.of(PeriodCondition.TO, filter.to()));
        }
    }

    /** Redundant with the overlap, but a range the indexes serve: only the longest envelopes (V012) start more than a year earlier. */
    private void addEarliestStart(EventFilter filter) {
        if (filter.from() != null && filter.dateMatch() != DateMatch.WITHIN) {
            append("(e.date_start >= :earliestStart or e.date_span_class = " + DateSpanClass.LONG.code() + ")",
                    Map.of("earliestStart", DateSpanClass.YEAR.earliestStartOverlapping(filter.from())));
        }
    }

    private void addActors(EventFilter filter) {
        StringBuilder condition = new StringBuilder("exists (select 1 from event_actor ea where ea.event_id = e.id");
        if (!filter.actors().isEmpty()) {
            condition.append(" and ea.actor_id = any(:actors)");
            parameters.put("actors", filter.actors().toArray(UUID[]::new));
        }
        if (filter.actorRole() != null) {
            condition.append(" and ea.role = :actorRole");
            parameters.put("actorRole", filter.actorRole().code());
        }
        sql.append("\n  and ").append(condition).append(')');
        beyondPeriod = true;
    }

    /** Some claim of the measure has its figure (the claim's stored column, V022: ClaimFigure.figure) in the range. */
    private void addFigure(FigureFilter figure) {
        StringBuilder condition = new StringBuilder("exists (select 1 from claim c where c.event_id = e.id"
                + " and c.measure = :figureMeasure and c.figure >= :figureMin");
        parameters.put("figureMeasure", figure.measure().code());
        parameters.put("figureMin", figure.minOrZero());
        if (figure.max() != null) {
            condition.append(" and c.figure <= :figureMax");
            parameters.put("figureMax", figure.max());
        }
        sql.append("\n  and ").append(condition).append(')');
        beyondPeriod = true;
    }

    /** One condition per scheme (codes of one scheme: any of them), each served by V027's (scheme, code, event_id) index. */
    private void addCodes(List<String> codes) {
        Map<String, List<String>> bySchemes = new TreeMap<>();
        for (String code : codes) {
            int colon = code.indexOf(':');
            bySchemes.computeIfAbsent(code.substring(0, colon), scheme -> new ArrayList<>()).add(code.substring(colon + 1));
        }
        int i = 0;
        for (Map.Entry<String, List<String>> scheme : bySchemes.entrySet()) {
            add("exists (select 1 from event_code ec where ec.event_id = e.id and ec.scheme = :codeScheme" + i
                    + " and ec.code = any(:codes" + i + "))",
                    Map.of("codeScheme" + i, scheme.getKey(), "codes" + i, scheme.getValue().toArray(String[]::new)));
            i++;
        }
    }

    /** The point a map shows: the event's own (V027), else its primary place's. */
    private void addBoundingBox(BoundingBox box) {
        sql.append("\n  and (case when e.point_longitude is not null then ").append(inBox(box, "e.point_longitude", "e.point_latitude"))
                .append("\n       else exists (select 1 from location l where l.id = e.location_id and ")
                .append(inBox(box, "l.longitude", "l.latitude")).append(") end)");
        parameters.put("minLon", box.minLon());
        parameters.put("minLat", box.minLat());
        parameters.put("maxLon", box.maxLon());
        parameters.put("maxLat", box.maxLat());
        beyondPeriod = true;
    }

    private static String inBox(BoundingBox box, String longitude, String latitude) {
        return latitude + " between :minLat and :maxLat and " + (box.crossesAntimeridian()
                ? "(" + longitude + " >= :minLon or " + longitude + " <= :maxLon)"
                : longitude + " between :minLon and :maxLon");
    }
}
