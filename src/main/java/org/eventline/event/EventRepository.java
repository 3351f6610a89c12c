package org.eventline.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Every query on events: the filtered keyset pages, counts, and upkeep of the search documents. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    public Optional<Event> findByExternalKey(String externalKey) {
        return find("externalKey", externalKey).firstResultOptional();
    }

    /**
     * Up to {@code limit} events matching the filter, in the given order, after the keyset position
     * (exclusive; null for the first page). Two statements select the page; collections are then
     * loaded in batches, so the number of statements does not grow with the page size.
     */
    public List<Event> findPage(EventFilter filter, EventSort sort, EventKey after, int limit) {
        EventConditions conditions = EventConditions.of(filter);
        boolean descending = sort == EventSort.DATE_DESCENDING;
        if (after != null) {
            conditions.add("(e.date_start, e.id) " + (descending ? "<" : ">") + " (:afterDate, :afterId)",
                    Map.of("afterDate", after.dateStart(), "afterId", after.id()));
        }
        String direction = descending ? " desc" : "";
        @SuppressWarnings("unchecked")
        List<UUID> ids = conditions.bind(getEntityManager().createNativeQuery(
                        "select e.id from event e where " + conditions.sql()
                                + "\norder by e.date_start" + direction + ", e.id" + direction + " limit :limit", UUID.class))
                .setParameter("limit", limit)
                .getResultList();
        return loadInOrder(ids);
    }

    public long count(EventFilter filter) {
        EventConditions conditions = EventConditions.of(filter);
        return ((Number) conditions.bind(getEntityManager().createNativeQuery(
                "select count(*) from event e where " + conditions.sql())).getSingleResult()).longValue();
    }

    private List<Event> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Event> byId = find("id in ?1", ids).list().stream()
                .collect(Collectors.toMap(event -> event.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
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
}
