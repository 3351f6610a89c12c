package org.eventline.claim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import org.eventline.event.EventSort;
import org.eventline.jdbc.NamedStatement;

/** The queries of the claims listing: a keyset page of claims with their events' documents, and the count. */
@ApplicationScoped
public class ClaimRepository {

    @Inject
    EntityManager entityManager;

    /**
     * A claim's row: its keyset position and its event's stored document, given only on the first
     * of the event's claims in the page (the next ones are the same event's: no need to send it again).
     */
    public record ClaimRow(ClaimKey key, byte[] eventDocument) {
    }

    /**
     * Up to {@code limit} claims matching the filter in the order of their events, then of their
     * positions, after the keyset position (exclusive; null for the first page): one statement.
     * The claims are found in (date_start, id) order of the events (event_chronology_idx) and by
     * (event_id, position) (the claims' unique key); the documents are read for the page only.
     */
    public List<ClaimRow> findPage(ClaimFilter filter, EventSort sort, ClaimKey after, int limit) {
        String direction = sort == EventSort.DATE_DESCENDING ? " desc" : "";
        String order = " order by %1$s.date_start" + direction + ", %1$s.event_id" + direction + ", %1$s.position" + direction;
        Map<String, Object> seek = new LinkedHashMap<>();
        String afterCondition = "";
        if (after != null) {
            String comparison = direction.isEmpty() ? ">" : "<";
            // the first comparison only lets the event index start the scan at the cursor; the second is exact
            afterCondition = "\n  and (e.date_start, e.id) " + comparison + "= (:afterDate, :afterEvent)"
                    + "\n  and (e.date_start, e.id, c.position) " + comparison + " (:afterDate, :afterEvent, :afterPosition)";
            seek.put("afterDate", after.dateStart());
            seek.put("afterEvent", after.eventId());
            seek.put("afterPosition", after.position());
        }
        // limits are literals, not parameters: a generic plan would otherwise assume a tenth of the table
        NamedStatement page = ClaimConditions.statement(filter,
                "select p.date_start, p.event_id, p.position,"
                        + " case when lag(p.event_id) over (" + order.formatted("p").substring(1) + ") is distinct from p.event_id"
                        + " then d.document end"
                        + " from (select e.date_start, e.id as event_id, c.position from claim c join event e on e.id = c.event_id where ",
                afterCondition + order.formatted("e").replace("e.event_id", "e.id").replace("e.position", "c.position")
                        + " limit " + limit + ") p join event d on d.id = p.event_id" + order.formatted("p"));
        Map<String, Object> values = new LinkedHashMap<>(page.parameters());
        values.putAll(seek);
        return new NamedStatement(page.sql(), values).listDirectly(entityManager.unwrap(Session.class),
                row -> new ClaimRow(new ClaimKey(row.getObject(1, LocalDate.class), row.getObject(2, UUID.class), row.getInt(3)),
                        row.getBytes(4)));
    }

    public long count(ClaimFilter filter) {
        return ClaimConditions.statement(filter, "select count(*) from claim c join event e on e.id = c.event_id where ", "")
                .list(entityManager.unwrap(Session.class), row -> row.getLong(1)).get(0);
    }
}
