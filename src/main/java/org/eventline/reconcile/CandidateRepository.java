package org.eventline.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Every query on the doubtful matches kept for curators (V028 reconciliation_candidate). */
@ApplicationScoped
public class CandidateRepository {

    /** One kind's rows with both records' names: the record kept apart and the one it resembles. */
    private static final String ROWS = """
            select c.id, c.kind, c.reasons, c.distance_km, c.created_at,
                   r.id as record_id, r.slug as record_slug, r.name as record_name, r.kind as record_kind,
                   m.id as match_id, m.slug as match_slug, m.name as match_name, m.kind as match_kind
              from reconciliation_candidate c
              join %1$s r on r.id = c.record_id
              join %1$s m on m.id = c.match_id
             where c.kind = '%1$s' and c.id > :after""";

    @Inject
    EntityManager entityManager;

    /** A candidate as stored, with the two records' slugs, names and kinds. */
    public record Row(long id, String kind, List<String> reasons, Double distanceKm, Instant createdAt,
            UUID recordId, String recordSlug, String recordName, String recordKind,
            UUID matchId, String matchSlug, String matchName, String matchKind) {
    }

    public void add(String kind, UUID recordId, UUID matchId, List<String> reasons, Double distanceKm) {
        entityManager.createNativeQuery("""
                        insert into reconciliation_candidate (kind, record_id, match_id, reasons, distance_km)
                        values (:kind, :record, :match, cast(:reasons as text[]), :km) on conflict do nothing""")
                .setParameter("kind", kind).setParameter("record", recordId).setParameter("match", matchId)
                .setParameter("reasons", reasons.toArray(String[]::new)).setParameter("km", distanceKm)
                .executeUpdate();
    }

    /** Candidates of the kind (null: both), in the order they were found, after the given id. */
    public List<Row> findPage(String kind, long afterId, int limit) {
        String sql = kind != null ? ROWS.formatted(kind)
                : "(" + ROWS.formatted("actor") + ") union all (" + ROWS.formatted("location") + ")";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select * from (" + sql + ") candidates order by id limit :limit")
                .setParameter("after", afterId).setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> new Row(((Number) row[0]).longValue(), (String) row[1], List.of((String[]) row[2]),
                (Double) row[3], (Instant) row[4], (UUID) row[5], (String) row[6], (String) row[7], (String) row[8],
                (UUID) row[9], (String) row[10], (String) row[11], (String) row[12])).toList();
    }

    public long count(String kind) {
        return ((Number) entityManager.createNativeQuery("select count(*) from (" + (kind != null ? ROWS.formatted(kind)
                        : "(" + ROWS.formatted("actor") + ") union all (" + ROWS.formatted("location") + ")") + ") candidates")
                .setParameter("after", 0L).getSingleResult()).longValue();
    }

    /** Forgets the candidates naming a record that is going away (merged into another, or deleted). */
    public void forget(UUID recordId) {
        entityManager.createNativeQuery("delete from reconciliation_candidate where record_id = :id or match_id = :id")
                .setParameter("id", recordId).executeUpdate();
    }
}
