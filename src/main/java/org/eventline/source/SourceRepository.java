package org.eventline.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.eventline.vocabulary.SourceKind;
import org.eventline.web.IdOrSlug;
import org.eventline.web.LikePatterns;

/** Every query on sources. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {

    private static final String MATCHES = """
             where (cast(:pattern as text) is null or lower(s.title) like :pattern or lower(s.publisher) like :pattern)
               and (cast(:kind as text) is null or s.kind = :kind)""";

    /** The records with any of these slugs, in one query. */
    public List<Source> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public Optional<Source> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Source> findByIdOrSlug(String idOrSlug) {
        return IdOrSlug.asUuid(idOrSlug).map(this::findByIdOptional).orElseGet(() -> findBySlug(idOrSlug));
    }

    /** Sources whose title or publisher contains the text (any case), of the kind, by slug after the given one. */
    public List<Source> findPage(String text, SourceKind kind, String afterSlug, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(getEntityManager().createNativeQuery("select s.id from source s " + MATCHES
                        + " and (cast(:after as text) is null or s.slug > :after) order by s.slug limit :limit"),
                text, kind)
                .setParameter("after", afterSlug)
                .setParameter("limit", limit)
                .getResultList();
        Map<UUID, Source> byId = find("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    public long count(String text, SourceKind kind) {
        return ((Number) bind(getEntityManager().createNativeQuery("select count(*) from source s " + MATCHES), text, kind)
                .getSingleResult()).longValue();
    }

    private static Query bind(Query query, String text, SourceKind kind) {
        return query.setParameter("pattern", text == null ? null : LikePatterns.contains(text))
                .setParameter("kind", kind == null ? null : kind.code());
    }

    /** Events whose JSON shows this source: they are rendered again when it changes. */
    public List<UUID> findEventsShowing(UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                select event_id from event_source where source_id = :id
                union select event_id from claim where source_id = :id
                union select event_id from quote where source_id = :id
                order by 1""").setParameter("id", id).getResultList();
        return ids;
    }

    /** What still names this source, as "12 events", so that deleting it would break nothing. */
    public List<String> findReferences(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select 'event citations', count(*) from event_source where source_id = :id
                union all select 'claims', count(*) from claim where source_id = :id
                union all select 'quotes', count(*) from quote where source_id = :id""").setParameter("id", id).getResultList();
        return rows.stream().filter(row -> ((Number) row[1]).longValue() > 0)
                .map(row -> row[1] + " " + row[0]).toList();
    }

}
