package org.eventline.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import org.eventline.event.EventSort;

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
     * positions, after the keyset position (exclusive; null for the first page): one statement
     * (ClaimPageQuery), which reads the claims in that order from their own index (V025).
     */
    public List<ClaimRow> findPage(ClaimFilter filter, EventSort sort, ClaimKey after, int limit) {
        return ClaimPageQuery.create(filter, sort, after, limit).listDirectly(entityManager.unwrap(Session.class),
                row -> new ClaimRow(new ClaimKey(row.getObject(1, LocalDate.class), row.getObject(2, UUID.class), row.getInt(3)),
                        row.getBytes(4)));
    }

    public long count(ClaimFilter filter) {
        return ClaimConditions.statement(filter, "select count(*) from claim c join event e on e.id = c.event_id where ", "")
                .list(entityManager.unwrap(Session.class), row -> row.getLong(1)).get(0);
    }
}
