package org.eventline.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eventline.event.RetiredEvents;
import org.eventline.jdbc.CopyRows;
import org.eventline.vocabulary.Coded;
import org.eventline.write.Change;

/**
 * Every revision of every event, numbered in commit order (V016): writers record them, the
 * history and the change feed read them.
 */
@ApplicationScoped
public class EventRevisionRepository implements RetiredEvents {

    /** Arbitrary constant naming the advisory lock that puts every write in one order. */
    public static final long WRITE_LOCK = 0x4576656e746c696eL;

    @Inject
    EntityManager entityManager;

    /**
     * Waits for the write lock and holds it until the transaction ends. Every writer takes it
     * before its first write, so writes commit one after the other and revision numbers follow
     * commit order; as nothing is written before it, two writers never deadlock over it.
     */
    public void lockForWrite() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:lock)")
                .setParameter("lock", WRITE_LOCK)
                .getSingleResult();
    }

    /**
     * Records the current JSON of each of these events as a revision, with the top-level fields
     * that differ from the event's previous revision: one statement, whatever the number of events.
     * An event whose JSON is the same as at its previous revision gets no new one.
     * Call with the write lock held, after the documents are rendered (and, for a retirement,
     * before the event is deleted).
     */
    public void record(Collection<UUID> eventIds, Change change, String author) {
        if (eventIds.isEmpty()) {
            return;
        }
        entityManager.flush();
        entityManager.createNativeQuery("""
                with written as materialized (
                    select e.id, e.external_key, e.document, previous.document as previous
                    from event e
                    left join lateral (
                        select r.document from event_revision r
                        where r.event_id = e.id order by r.revision desc limit 1) previous on true
                    where e.id = any(:ids))
                insert into event_revision (event_id, external_key, change, author, changed_fields, document)
                select id, external_key, :change, :author,
                       case when :change = 'retired' then '{}'::text[] else array(
                           select field.key from jsonb_each(document::jsonb) field
                           where field.key not in ('created_at', 'updated_at')
                             and field.value is distinct from previous::jsonb -> field.key
                           order by field.key) end,
                       document
                from written
                where :change = 'retired' or previous is distinct from document
                order by id""")
                .setParameter("change", change.code())
                .setParameter("author", author)
                .setParameter("ids", eventIds.toArray(UUID[]::new))
                .executeUpdate();
    }

    /** A revision a bulk writer has worked out itself: the fields it changed and the JSON after it. */
    public record NewRevision(UUID eventId, String externalKey, List<String> changedFields, String document) {
    }

    /** Records many revisions with one COPY. Call with the write lock held. */
    public void recordAll(List<NewRevision> revisions, Change change, String author) {
        CopyRows rows = new CopyRows();
        for (NewRevision revision : revisions) {
            rows.add(revision.eventId(), revision.externalKey(), change, author, revision.changedFields(), revision.document());
        }
        rows.copy(entityManager, "copy event_revision (event_id, external_key, change, author, changed_fields, document) from stdin");
    }

    /**
     * Up to {@code limit} revisions after the given revision number, oldest first: of one event
     * when {@code eventId} is given, only those made at or after {@code since} when given, and only
     * those whose document (the event as the revision shows it) the filter keeps.
     */
    public List<Revision> findPage(UUID eventId, Instant since, ChangeFilter filter, long afterRevision, int limit) {
        String sql = "select revision, event_id, change, changed_at, author, changed_fields, document"
                + " from event_revision where revision > :after"
                + (eventId == null ? "" : " and event_id = :eventId")
                + (since == null ? "" : " and changed_at >= :since")
                + (filter.types().isEmpty() ? "" : " and document::jsonb ->> 'type' = any(:types)")
                + (filter.datasets().isEmpty() ? "" : " and document::jsonb ->> 'dataset' = any(:datasets)")
                // the place or any place inside it (the closure holds each place as its own descendant)
                + (filter.locations().isEmpty() ? "" : " and exists (select 1"
                        + " from jsonb_path_query(document::jsonb, '$.locations[*].id') place"
                        + " join location_closure lc on lc.descendant_id = (place #>> '{}')::uuid"
                        + " where lc.ancestor_id = any(:locations))")
                + " order by revision limit :limit";
        var query = entityManager.createNativeQuery(sql)
                .setParameter("after", afterRevision)
                .setParameter("limit", limit);
        if (eventId != null) {
            query.setParameter("eventId", eventId);
        }
        if (since != null) {
            query.setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        if (!filter.types().isEmpty()) {
            query.setParameter("types", filter.types().toArray(String[]::new));
        }
        if (!filter.datasets().isEmpty()) {
            query.setParameter("datasets", filter.datasets().toArray(String[]::new));
        }
        if (!filter.locations().isEmpty()) {
            query.setParameter("locations", filter.locations().toArray(UUID[]::new));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(EventRevisionRepository::toRevision).toList();
    }

    /** The newest revision number, 0 when there is none. */
    public long findLatestRevision() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(revision), 0) from event_revision")
                .getSingleResult()).longValue();
    }

    /** Those of these external keys whose event a curator retired (V018). */
    @Override
    public Set<String> findRetiredKeys(Collection<String> externalKeys) {
        if (externalKeys.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> keys = entityManager.createNativeQuery("""
                select distinct external_key from event_revision
                where change = 'retired' and external_key = any(:keys)""")
                .setParameter("keys", externalKeys.toArray(String[]::new))
                .getResultList();
        return Set.copyOf(keys);
    }

    /** Those of these event ids that a curator retired. */
    @Override
    public Set<UUID> findRetiredIds(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery(
                        "select distinct event_id from event_revision where change = 'retired' and event_id = any(:ids)")
                .setParameter("ids", eventIds.toArray(UUID[]::new))
                .getResultList();
        return Set.copyOf(ids);
    }

    /** When the event was retired, if it once existed and was retired. */
    @Override
    public Optional<Instant> findRetirement(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<Object> times = entityManager.createNativeQuery("""
                select changed_at from event_revision
                where event_id = :eventId and change = 'retired'
                order by revision desc limit 1""")
                .setParameter("eventId", eventId)
                .getResultList();
        return times.stream().findFirst().map(EventRevisionRepository::toInstant);
    }

    private static Revision toRevision(Object[] row) {
        return new Revision(((Number) row[0]).longValue(), (UUID) row[1],
                Coded.find(Change.class, (String) row[2]).orElseThrow(), toInstant(row[3]), (String) row[4],
                fields(row[5]), (String) row[6]);
    }

    private static List<String> fields(Object array) {
        return Arrays.stream((Object[]) array).map(String::valueOf).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
