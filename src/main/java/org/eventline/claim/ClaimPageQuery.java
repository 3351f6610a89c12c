package org.eventline.claim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.eventline.event.DateSpanClass;
import org.eventline.event.EventFilter;
import org.eventline.event.EventSort;
import org.eventline.jdbc.NamedStatement;

/**
 * The one statement of a page of claims in their events' date order, read from the claims
 * themselves (V025: each carries its event's days): one ordered index range per envelope length
 * class, on one claimant's claims when the filter names one, the claim filters checked on the
 * index entry, merged and cut at the page's size; the event is joined only for the event filters
 * beyond the period, and its document only for the page. The full filter (ClaimConditions) is
 * applied to every row, so the ranges only decide where to read, never what matches.
 */
final class ClaimPageQuery {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private ClaimPageQuery() {
    }

    static NamedStatement create(ClaimFilter filter, EventSort sort, ClaimKey after, int limit) {
        ClaimPageQuery page = new ClaimPageQuery();
        ClaimConditions.OnClaims conditions = ClaimConditions.onClaims(filter);
        page.parameters.putAll(conditions.where().parameters());
        page.write(filter, conditions, sort, after, limit);
        return new NamedStatement(page.sql.toString(), page.parameters);
    }

    private void write(ClaimFilter filter, ClaimConditions.OnClaims conditions, EventSort sort, ClaimKey after, int limit) {
        boolean descending = sort == EventSort.DATE_DESCENDING;
        String direction = descending ? " desc" : "";
        String order = " order by %1$s.date_start" + direction + ", %1$s.event_id" + direction + ", %1$s.position" + direction;
        // a claimant's claims are indexed apart (claim_claimant_timeline_idx): "= any" alone would not let the index order them
        UUID claimant = filter.attributedTo().size() == 1 ? filter.attributedTo().get(0) : null;
        if (claimant != null) {
            parameters.put("pageClaimant", claimant);
        }
        String from = conditions.namesEvent() ? "claim c join event e on e.id = c.event_id" : "claim c";
        EventFilter events = filter.events();
        sql.append("select p.date_start, p.event_id, p.position, case when lag(p.event_id) over (")
                .append(order.formatted("p").substring(1)).append(") is distinct from p.event_id then d.document end from (")
                .append("select * from (");
        for (DateSpanClass spanClass : DateSpanClass.values()) {
            sql.append(spanClass.ordinal() == 0 ? "\n  (" : "\n  union all (")
                    .append("select c.event_date_start as date_start, c.event_id, c.position from ").append(from)
                    .append(" where c.event_date_span_class = ").append(spanClass.code());
            if (claimant != null) {
                sql.append(" and c.attributed_to_id = :pageClaimant");
            }
            // Of a range bound and the cursor on the side the scan starts from, only the tighter one
            // (as EventPageQuery): PostgreSQL may start the scan at the looser one.
            LocalDate earliestStart = spanClass.earliestStartMatching(events);
            boolean cursorIsTighter = after != null && (descending
                    ? events.to() == null || !after.dateStart().isAfter(events.to())
                    : earliestStart == null || !after.dateStart().isBefore(earliestStart));
            if (earliestStart != null && (descending || !cursorIsTighter)) {
                parameters.put("start" + spanClass.ordinal(), earliestStart);
                sql.append(" and c.event_date_start >= :start").append(spanClass.ordinal());
            }
            if (events.to() != null && (!descending || !cursorIsTighter)) {
                parameters.put("pageTo", events.to());
                sql.append(" and c.event_date_start <= :pageTo");
            }
            if (cursorIsTighter) {
                // the index holds the whole key: the scan starts at the cursor
                sql.append(" and (c.event_date_start, c.event_id, c.position) ").append(descending ? "<" : ">")
                        .append(" (:afterDate, :afterEvent, :afterPosition)");
                parameters.put("afterDate", after.dateStart());
                parameters.put("afterEvent", after.eventId());
                parameters.put("afterPosition", after.position());
            }
            // limits are literals, not parameters: a generic plan would otherwise assume a tenth of the table
            sql.append(" and ").append(conditions.where().sql().replace("\n", " "))
                    .append(order.formatted("c").replace("c.date_start", "c.event_date_start"))
                    .append(" limit ").append(limit).append(')');
        }
        sql.append("\n) merged").append(order.formatted("merged")).append(" limit ").append(limit)
                .append(") p join event d on d.id = p.event_id").append(order.formatted("p"));
    }
}
