package org.eventline.stats;

import java.util.Map;

import org.eventline.event.DateMatch;
import org.eventline.event.EventFilter;
import org.eventline.event.PeriodCondition;

/** The conditions on a per-day table (V013, V024) for the events that began inside a filter's period, of its types. */
final class StartDayConditions {

    private StartDayConditions() {
    }

    /** " and ..." over alias.day and alias.type_code, adding the parameters it names. */
    static String of(EventFilter filter, String alias, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        // a start day inside the period: on or after its first day (within's bound), on or before its last (overlap's)
        PeriodCondition startDay = new PeriodCondition(alias + ".day", alias + ".day");
        if (filter.from() != null) {
            sql.append(" and ").append(startDay.fromBound(DateMatch.WITHIN));
            parameters.put(PeriodCondition.FROM, filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and ").append(startDay.toBound(DateMatch.OVERLAPS));
            parameters.put(PeriodCondition.TO, filter.to());
        }
        if (!filter.types().isEmpty()) {
            sql.append(" and ").append(alias).append(".type_code = any(:types)");
            parameters.put("types", filter.types().toArray(String[]::new));
        }
        return sql.toString();
    }
}
