package org.eventline.history;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The events a data migration changed in SQL and that still await their revision (V021's
 * event_pending_revision): the migration lists them, PendingRevisions works them off.
 */
@ApplicationScoped
public class PendingRevisionRepository {

    @Inject
    EntityManager entityManager;

    /** An event awaiting its revision, and whom the revision is by (the table also says why, for people). */
    public record Pending(UUID eventId, String author) {
    }

    /** Up to {@code limit} pending events in id order; call with the write lock held, so that two replicas never do one twice. */
    public List<Pending> findFirst(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select event_id, author from event_pending_revision order by event_id limit :limit")
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Pending((UUID) row[0], (String) row[1])).toList();
    }

    public void delete(Collection<UUID> eventIds) {
        entityManager.createNativeQuery("delete from event_pending_revision where event_id = any(:ids)")
                .setParameter("ids", eventIds.toArray(UUID[]::new))
                .executeUpdate();
    }

    public long count() {
        return ((Number) entityManager.createNativeQuery("select count(*) from event_pending_revision").getSingleResult()).longValue();
    }
}
