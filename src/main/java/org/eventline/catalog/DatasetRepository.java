package org.eventline.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Every query on datasets. */
@ApplicationScoped
public class DatasetRepository implements PanacheRepositoryBase<Dataset, UUID> {

    public Optional<Dataset> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Every dataset by slug: there are a handful, so a list is one small page. */
    public List<Dataset> findAllBySlug() {
        return list("order by slug");
    }

    /** The number of live events of each dataset, by id, in one query. */
    public Map<UUID, Long> countEvents() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select dataset_id, count(*) from event group by dataset_id").getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
    }

    public long countEvents(UUID id) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from event where dataset_id = :id")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    /** Records that an import created or changed the dataset's events, and which version it read. */
    public void imported(Dataset dataset, String version, Instant at) {
        dataset.importedAt = at;
        if (version != null) {
            dataset.version = version;
        }
        persist(dataset);
    }
}
