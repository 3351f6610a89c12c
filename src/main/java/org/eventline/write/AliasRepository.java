package org.eventline.write;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Every query on former slugs and ids (V028: actor_alias, location_alias, source_alias): the slug of
 * a record that joined another on arrival or was merged into it, which names that other record for good.
 */
@ApplicationScoped
public class AliasRepository {

    /** The kinds of record that keep aliases; each has its table {kind}_alias with the column {kind}_id. */
    public enum Kind {
        ACTOR("actor"), LOCATION("location"), SOURCE("source");

        final String table;
        final String column;

        Kind(String name) {
            this.table = name + "_alias";
            this.column = name + "_id";
        }
    }

    @Inject
    EntityManager entityManager;

    /** The id of the record a former slug names now. */
    public Optional<UUID> recordOfSlug(Kind kind, String slug) {
        return first(entityManager.createNativeQuery("select " + kind.column + " from " + kind.table + " where slug = :slug")
                .setParameter("slug", slug).getResultList());
    }

    /** The id of the record a former id names now. */
    public Optional<UUID> recordOfFormerId(Kind kind, UUID formerId) {
        return first(entityManager.createNativeQuery("select " + kind.column + " from " + kind.table + " where former_id = :id")
                .setParameter("id", formerId).getResultList());
    }

    /** The record each of these former slugs names now, in one query; slugs that are no alias are left out. */
    public Map<String, UUID> recordsOfSlugs(Kind kind, Collection<String> slugs) {
        Map<String, UUID> records = new HashMap<>();
        if (slugs.isEmpty()) {
            return records;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select slug, " + kind.column + " from " + kind.table
                        + " where slug = any(cast(:slugs as text[]))")
                .setParameter("slugs", slugs.toArray(String[]::new)).getResultList();
        rows.forEach(row -> records.put((String) row[0], (UUID) row[1]));
        return records;
    }

    /** Keeps the slug (and the id, when there was one) naming the record; a slug already kept is left as it is. */
    public void add(Kind kind, String slug, UUID formerId, UUID recordId, String reason) {
        entityManager.createNativeQuery("insert into " + kind.table + " (slug, former_id, " + kind.column + ", reason)"
                        + " values (:slug, :formerId, :recordId, :reason) on conflict do nothing")
                .setParameter("slug", slug).setParameter("formerId", formerId).setParameter("recordId", recordId)
                .setParameter("reason", reason).executeUpdate();
    }

    /** The aliases of one record name another from now on (the first is merged into the second). */
    public void moveAll(Kind kind, UUID from, UUID into) {
        entityManager.createNativeQuery("update " + kind.table + " set " + kind.column + " = :into where " + kind.column + " = :from")
                .setParameter("from", from).setParameter("into", into).executeUpdate();
    }

    /** The former slugs of a record, sorted. */
    public List<String> slugsOf(Kind kind, UUID recordId) {
        @SuppressWarnings("unchecked")
        List<String> slugs = entityManager.createNativeQuery("select slug from " + kind.table + " where " + kind.column
                + " = :id order by slug").setParameter("id", recordId).getResultList();
        return slugs;
    }

    private static Optional<UUID> first(List<?> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of((UUID) rows.get(0));
    }
}
