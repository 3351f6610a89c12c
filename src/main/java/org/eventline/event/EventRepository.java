package org.eventline.event;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.eventline.jdbc.NamedStatement;
import org.eventline.replica.ReadSessions;

/** Every query on events: the filtered keyset pages, counts, and upkeep of the search and JSON documents. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** Events whose search documents one statement rebuilds: about a second's work on a busy 2-core machine. */
    private static final int SEARCH_DOCUMENT_CHUNK = 1000;

    @Inject
    ReadSessions reads;

    /** Those of these code schemes that some event carries (V027's index answers each by its first row). */
    @SuppressWarnings("unchecked")
    public List<String> findCodeSchemes(Collection<String> schemes) {
        return getEntityManager().createNativeQuery(
                        "select s from unnest(cast(:schemes as text[])) s where exists (select 1 from event_code c where c.scheme = s)")
                .setParameter("schemes", schemes.toArray(String[]::new)).getResultList();
    }

    public Optional<Event> findByExternalKey(String externalKey) {
        return find("externalKey", externalKey).firstResultOptional();
    }

    /**
     * A page's row: its keyset position and its rendered JSON, as the UTF-8 bytes PostgreSQL sent. The
     * position is the start day in date order, the figure in figure order (the other is null).
     */
    public record DocumentRow(UUID id, LocalDate dateStart, Long figure, byte[] document) {
    }

    /**
     * Up to {@code limit} events matching the filter, in the given order, after the keyset position
     * (exclusive; null for the first page), as rendered documents: one statement per page, whatever
     * its size. The JSON lists and the exports serve these.
     */
    public List<DocumentRow> findDocumentPage(EventFilter filter, EventSort sort, EventKey after, int limit) {
        return findDocuments(sort.byFigure() ? EventFigurePageQuery.create(filter, sort, after, limit)
                : EventPageQuery.create(filter, sort, after, limit, false), sort);
    }

    /**
     * The same for an export's chunk: hundreds of rows in a row, for which reading each document
     * where its position is found beats looking the page's documents up by id afterwards (29 ms
     * against 11 ms for 500 rows at a million events).
     */
    public List<DocumentRow> findDocumentChunk(EventFilter filter, EventSort sort, EventKey after, int limit) {
        return findDocuments(sort.byFigure() ? EventFigurePageQuery.create(filter, sort, after, limit)
                : EventPageQuery.create(filter, sort, after, limit, true), sort);
    }

    /**
     * Runs on the session's own connection, through JDBC: the documents come as the bytes the
     * database sent (text in the connection's UTF-8), copied into the answer without being decoded.
     */
    private List<DocumentRow> findDocuments(NamedStatement page, EventSort sort) {
        return page.listDirectly(reads.session(), row -> sort.byFigure()
                ? new DocumentRow(row.getObject(1, UUID.class), null, row.getLong(2), row.getBytes(3))
                : new DocumentRow(row.getObject(1, UUID.class), row.getObject(2, LocalDate.class), null, row.getBytes(3)));
    }

    /**
     * The stored JSON of a current event, as the bytes the database sent, read as a page's documents
     * are: served and tagged as they are, never decoded into a String and encoded again. A write's
     * transaction has flushed before it reads its event back.
     */
    public Optional<byte[]> findDocument(UUID id) {
        return new NamedStatement("select document from event where id = :id", Map.of("id", id))
                .listDirectly(reads.session(), row -> row.getBytes(1)).stream().findFirst();
    }

    /** What an import compares a line with: a stored event's key, version and JSON. */
    public record StoredEvent(UUID id, String externalKey, Instant createdAt, long version, String document, UUID datasetId) {
    }

    /** The stored events with any of these external keys or ids, in one query. */
    public List<StoredEvent> findStored(Collection<String> externalKeys, Collection<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select id, external_key, created_at, version, document, dataset_id from event"
                                + " where external_key = any(:keys) or id = any(:ids)")
                .setParameter("keys", externalKeys.toArray(String[]::new))
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList();
        return rows.stream().map(row -> new StoredEvent((UUID) row[0], (String) row[1], toInstant(row[2]),
                ((Number) row[3]).longValue(), (String) row[4], (UUID) row[5])).toList();
    }

    /** Events whose related list names this event, and so show its title, type and date. */
    public List<UUID> findRelating(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("select distinct event_id from event_relation where related_event_id = :id order by event_id")
                .setParameter("id", eventId)
                .getResultList();
        return ids;
    }

    /**
     * Ids of events whose document has not been rendered yet (written before documents existed),
     * after the given id in id order, so that a backfill walks the primary key instead of
     * rescanning the rows it has already filled.
     */
    public List<UUID> findWithoutDocument(UUID afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("select id from event where document is null and id > :after order by id limit :limit")
                .setParameter("after", afterId)
                .setParameter("limit", limit)
                .getResultList();
        return ids;
    }

    public List<Event> findInOrder(List<UUID> ids) {
        return loadInOrder(ids);
    }

    /** Stores rendered documents, all in one statement (one flush, one data-version bump). */
    public void storeDocuments(Map<UUID, String> documentsById) {
        if (documentsById.isEmpty()) {
            return;
        }
        getEntityManager()
                .createNativeQuery("update event e set document = rendered.document"
                        + " from unnest(:ids, :documents) as rendered(id, document) where e.id = rendered.id")
                .setParameter("ids", documentsById.keySet().toArray(UUID[]::new))
                .setParameter("documents", documentsById.values().toArray(String[]::new))
                .executeUpdate();
    }

    public long count(EventFilter filter) {
        return EventConditions.of(filter).statement("select count(*) from event e where ", "")
                .list(reads.session(), row -> row.getLong(1)).get(0);
    }

    private List<Event> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Event> byId = find("id in ?1", ids).list().stream()
                .collect(Collectors.toMap(event -> event.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * Rebuilds the full-text documents of the events naming this actor or place, whose names and aliases
     * they hold, a chunk per statement: as one statement, a join into UCDP's Government of Syria (11,000
     * events) outlasted the statement timeout on a busy machine.
     */
    public void refreshSearchDocumentsNaming(UUID actorOrPlaceId) {
        flush();
        @SuppressWarnings("unchecked")
        List<UUID> naming = getEntityManager().createNativeQuery("select event_id from event_actor where actor_id = :id"
                        + " union select event_id from event_location where location_id = :id order by 1")
                .setParameter("id", actorOrPlaceId)
                .getResultList();
        for (int from = 0; from < naming.size(); from += SEARCH_DOCUMENT_CHUNK) {
            refreshSearchDocuments(naming.subList(from, Math.min(naming.size(), from + SEARCH_DOCUMENT_CHUNK)));
        }
    }

    /** Rebuilds the full-text documents of these events from their current text, actors and places. */
    public void refreshSearchDocuments(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        flush();
        getEntityManager()
                .createNativeQuery("update event set search_document = event_search_document(id) where id = any(:ids)")
                .setParameter("ids", eventIds.toArray(UUID[]::new))
                .executeUpdate();
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
