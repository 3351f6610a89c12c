package org.eventline.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Every query on the taxonomy of event types. */
@ApplicationScoped
public class EventTypeRepository implements PanacheRepositoryBase<EventType, String> {

    public List<EventType> listInOrder() {
        return listAll(Sort.by("position"));
    }

    /** Number of events of each type that has any. */
    public Map<String, Long> eventCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select type_code, count(*) from event group by type_code")
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }
}
