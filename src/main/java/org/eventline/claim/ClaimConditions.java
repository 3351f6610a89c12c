package org.eventline.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eventline.event.EventConditions;
import org.eventline.event.PeriodCondition;
import org.eventline.jdbc.NamedStatement;
import org.eventline.vocabulary.Coded;

/**
 * The SQL where-clause of a ClaimFilter over "claim c join event e": the /events conditions on the
 * claim's event (EventConditions) and the claim's own fields, with their parameters; for a page,
 * the period on the claim's copy of its event's days, so that the event is joined only when needed.
 */
public final class ClaimConditions {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private ClaimConditions() {
    }

    /** A statement around the conditions: before + where-clause + after. */
    public static NamedStatement statement(ClaimFilter filter, String before, String after) {
        NamedStatement where = where(filter);
        return new NamedStatement(before + where.sql() + after, where.parameters());
    }

    /** The where-clause alone, with its parameters. */
    static NamedStatement where(ClaimFilter filter) {
        return combined(EventConditions.of(filter.events()), filter);
    }

    /**
     * The conditions on the claim's own fields alone ("true and ..."), for a table whose alias c has
     * the claim's column names (the per-day figures of V024).
     */
    public static NamedStatement fields(ClaimFilter filter) {
        ClaimConditions claims = claimFields(filter);
        return new NamedStatement("true" + claims.sql, claims.parameters);
    }

    /**
     * The where-clause over the claims, with the period compared on each claim's copy of its
     * event's days (V025); the event (alias e) has to be joined only when {@code namesEvent}.
     */
    record OnClaims(NamedStatement where, boolean namesEvent) {
    }

    static OnClaims onClaims(ClaimFilter filter) {
        EventConditions events = EventConditions.withPeriodOn(filter.events(),
                new PeriodCondition("c.event_date_start", "c.event_date_end"));
        return new OnClaims(combined(events, filter), !events.periodOnly());
    }

    private static NamedStatement combined(EventConditions eventConditions, ClaimFilter filter) {
        ClaimConditions claims = claimFields(filter);
        NamedStatement events = eventConditions.statement("", claims.sql.toString());
        Map<String, Object> values = new LinkedHashMap<>(events.parameters());
        values.putAll(claims.parameters);
        return new NamedStatement(events.sql(), values);
    }

    private static ClaimConditions claimFields(ClaimFilter filter) {
        ClaimConditions claims = new ClaimConditions();
        claims.addCodes("c.measure", "claimMeasures", filter.measures());
        claims.addCodes("c.affected_group", "claimGroups", filter.groups());
        claims.addIds("c.attributed_to_id", "claimAttributedTo", filter.attributedTo());
        claims.addIds("c.source_id", "claimSources", filter.sources());
        claims.addCodes("c.verification", "claimVerifications", filter.verifications());
        claims.addCodes("c.qualifier", "claimQualifiers", filter.qualifiers());
        claims.addEstimates(filter.estimates());
        return claims;
    }

    private void addCodes(String column, String name, List<? extends Coded> codes) {
        if (!codes.isEmpty()) {
            add(column + " = any(:" + name + ")", name, codes.stream().map(Coded::code).toArray(String[]::new));
        }
    }

    private void addIds(String column, String name, List<UUID> ids) {
        if (!ids.isEmpty()) {
            add(column + " = any(:" + name + ")", name, ids.toArray(UUID[]::new));
        }
    }

    private void addEstimates(List<String> codes) {
        List<String> estimates = codes.stream().filter(code -> !code.equals(ClaimFilter.NO_ESTIMATE)).toList();
        boolean without = codes.contains(ClaimFilter.NO_ESTIMATE);
        if (estimates.isEmpty() && without) {
            sql.append("\n  and c.estimate is null");
        } else if (!estimates.isEmpty()) {
            add("(c.estimate = any(:claimEstimates)" + (without ? " or c.estimate is null)" : ")"), "claimEstimates",
                    estimates.toArray(String[]::new));
        }
    }

    private void add(String condition, String name, Object value) {
        sql.append("\n  and ").append(condition);
        parameters.put(name, value);
    }
}
