package org.eventline.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.eventline.write.AliasRepository;
import org.eventline.vocabulary.SourceKind;
import org.eventline.web.IdOrSlug;
import org.eventline.web.LikePatterns;

/** Every query on sources. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {

    @Inject
    AliasRepository aliases;

    private static final String MATCHES = """
             where (cast(:pattern as text) is null or lower(s.title) like :pattern or lower(s.publisher) like :pattern)
               and (cast(:kind as text) is null or s.kind = :kind)""";

    /** The records with any of these slugs, own or former (a former slug answers with the record it names now). */
    public Map<String, Source> findBySlugs(Collection<String> slugs) {
        Map<String, Source> found = new HashMap<>();
        if (slugs.isEmpty()) {
            return found;
        }
        list("slug in ?1", slugs).forEach(source -> found.put(source.slug, source));
        Map<String, UUID> former = aliases.recordsOfSlugs(AliasRepository.Kind.SOURCE,
                slugs.stream().filter(slug -> !found.containsKey(slug)).toList());
        if (!former.isEmpty()) {
            Map<UUID, Source> records = list("id in ?1", Set.copyOf(former.values())).stream()
                    .collect(Collectors.toMap(source -> source.id, Function.identity()));
            former.forEach((slug, id) -> found.put(slug, records.get(id)));
        }
        return found;
    }

    /** The record with this slug, or the record it names now when it is a former slug (merged or joined). */
    public Optional<Source> findBySlug(String slug) {
        Optional<Source> own = find("slug", slug).firstResultOptional();
        return own.isPresent() ? own : aliases.recordOfSlug(AliasRepository.Kind.SOURCE, slug).flatMap(this::findByIdOptional);
    }

    /** By id or slug, own or former: a caller that must tell them apart compares the answer's id and slug. */
    public Optional<Source> findByIdOrSlug(String idOrSlug) {
        return IdOrSlug.asUuid(idOrSlug).map(id -> findByIdOptional(id)
                        .or(() -> aliases.recordOfFormerId(AliasRepository.Kind.SOURCE, id).flatMap(this::findByIdOptional)))
                .orElseGet(() -> findBySlug(idOrSlug));
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

    /** Moves every citation, claim and quote of one source to another, then removes it; its slug and id become aliases of the other. */
    public void mergeInto(UUID from, UUID into) {
        getEntityManager().flush();
        for (String statement : List.of(
                "update event_source set source_id = :into where source_id = :from",
                "update claim set source_id = :into where source_id = :from",
                "update quote set source_id = :into where source_id = :from",
                "update source_alias set source_id = :into where source_id = :from",
                "insert into source_alias (slug, former_id, source_id, reason) select slug, id, :into, 'merged' from source where id = :from",
                "delete from source where id = :from")) {
            var query = getEntityManager().createNativeQuery(statement).setParameter("from", from);
            if (statement.contains(":into")) {
                query.setParameter("into", into);
            }
            query.executeUpdate();
        }
    }
}
