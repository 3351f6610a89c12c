package org.eventline.claim;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.event.DateSpanClass;
import org.eventline.event.EventFilter;
import org.eventline.event.EventSort;
import org.eventline.jdbc.NamedStatement;
import org.eventline.replica.ReadSessions;

/** The queries of the claims listing: a keyset page of claims with their events' documents, and the count. */
@ApplicationScoped
public class ClaimRepository {

    @Inject
    ReadSessions reads;

    /**
     * A claim's row: its keyset position and its event's stored document, given only on the first
     * of the event's claims in the page (the next ones are the same event's: no need to send it again).
     */
    public record ClaimRow(ClaimKey key, byte[] eventDocument) {
    }

    /**
     * Up to {@code limit} claims matching the filter in the order of their events, then of their
     * positions, after the keyset position (exclusive; null for the first page): one statement
     * (ClaimPageQuery), which reads the claims in that order from their own index (V025); with
     * event filters beyond the period, the events in date order and each one's claims (a place's
     * events are found through the hierarchy per event: per claim, that read 6 times as many rows).
     */
    public List<ClaimRow> findPage(ClaimFilter filter, EventSort sort, ClaimKey after, int limit) {
        if (ClaimConditions.onClaims(filter).namesEvent()) {
            return findPageByEvents(filter, sort, after, limit);
        }
        return ClaimPageQuery.create(filter, sort, after, limit).listDirectly(reads.session(),
                row -> new ClaimRow(new ClaimKey(row.getObject(1, LocalDate.class), row.getObject(2, UUID.class), row.getInt(3)),
                        row.getBytes(4)));
    }

    /**
     * As an events page (EventPageQuery): with from the events are read in date order by one index
     * range per envelope length class (event_timeline_idx, V012), merged, else by one scan of the
     * chronology; each event's claims by (event_id, position) from the index alone (V023).
     */
    private List<ClaimRow> findPageByEvents(ClaimFilter filter, EventSort sort, ClaimKey after, int limit) {
        NamedStatement where = ClaimConditions.where(filter);
        Map<String, Object> values = new LinkedHashMap<>(where.parameters());
        boolean descending = sort == EventSort.DATE_DESCENDING;
        String direction = descending ? " desc" : "";
        String order = " order by %1$s.date_start" + direction + ", %1$s.event_id" + direction + ", %1$s.position" + direction;
        EventFilter events = filter.events();
        StringBuilder sql = new StringBuilder("select p.date_start, p.event_id, p.position, case when lag(p.event_id) over (")
                .append(order.formatted("p").substring(1)).append(") is distinct from p.event_id then d.document end from (")
                .append("select * from (");
        // without from, one ordered scan of the chronology (event_chronology_idx) is enough: the classes would read 6 pages
        List<DateSpanClass> branches = events.from() == null ? Collections.singletonList(null) : List.of(DateSpanClass.values());
        for (DateSpanClass spanClass : branches) {
            sql.append(spanClass == null || spanClass.ordinal() == 0 ? "\n  (" : "\n  union all (")
                    .append("select e.date_start, e.id as event_id, c.position from event e join claim c on c.event_id = e.id")
                    .append(" where ").append(spanClass == null ? "true" : "e.date_span_class = " + spanClass.code());
            // of a range bound and the cursor on the side the scan starts from, only the tighter one (see EventPageQuery)
            LocalDate earliestStart = spanClass == null ? null : spanClass.earliestStartMatching(events);
            boolean cursorIsTighter = after != null && (descending
                    ? events.to() == null || !after.dateStart().isAfter(events.to())
                    : earliestStart == null || !after.dateStart().isBefore(earliestStart));
            if (earliestStart != null && (descending || !cursorIsTighter)) {
                values.put("start" + spanClass.ordinal(), earliestStart);
                sql.append(" and e.date_start >= :start").append(spanClass.ordinal());
            }
            if (events.to() != null && (!descending || !cursorIsTighter)) {
                values.put("pageTo", events.to());
                sql.append(" and e.date_start <= :pageTo");
            }
            if (cursorIsTighter) {
                String comparison = descending ? "<" : ">";
                // the first comparison lets the index start the scan at the cursor; the second is exact
                sql.append(" and (e.date_start, e.id) ").append(comparison).append("= (:afterDate, :afterEvent)")
                        .append(" and (e.date_start, e.id, c.position) ").append(comparison).append(" (:afterDate, :afterEvent, :afterPosition)");
                values.put("afterDate", after.dateStart());
                values.put("afterEvent", after.eventId());
                values.put("afterPosition", after.position());
            }
            // limits are literals, not parameters: a generic plan would otherwise assume a tenth of the table
            sql.append(" and ").append(where.sql().replace("\n", " "))
                    .append(order.formatted("e").replace("e.event_id", "e.id").replace("e.position", "c.position"))
                    .append(" limit ").append(limit).append(')');
        }
        sql.append("\n) merged").append(order.formatted("merged")).append(" limit ").append(limit)
                .append(") p join event d on d.id = p.event_id").append(order.formatted("p"));
        return new NamedStatement(sql.toString(), values).listDirectly(reads.session(),
                row -> new ClaimRow(new ClaimKey(row.getObject(1, LocalDate.class), row.getObject(2, UUID.class), row.getInt(3)),
                        row.getBytes(4)));
    }

    public long count(ClaimFilter filter) {
        return ClaimConditions.statement(filter, "select count(*) from claim c join event e on e.id = c.event_id where ", "")
                .list(reads.session(), row -> row.getLong(1)).get(0);
    }
}
