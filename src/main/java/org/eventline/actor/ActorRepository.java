package org.eventline.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.eventline.vocabulary.ActorKind;
import org.eventline.web.IdOrSlug;
import org.eventline.web.LikePatterns;

/** Every query on actors. */
@ApplicationScoped
public class ActorRepository implements PanacheRepositoryBase<Actor, UUID> {

    private static final String MATCHES = """
             where (cast(:pattern as text) is null or lower(a.name) like :pattern
                    or exists (select 1 from unnest(a.aliases) alias where lower(alias) like :pattern))
               and (cast(:kind as text) is null or a.kind = :kind)""";

    /** The records with any of these slugs, in one query. */
    public List<Actor> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public Optional<Actor> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Actor> findByIdOrSlug(String idOrSlug) {
        return IdOrSlug.asUuid(idOrSlug).map(this::findByIdOptional).orElseGet(() -> findBySlug(idOrSlug));
    }

    /** Actors whose name or an alias contains the text (any case), of the kind, by slug after the given one. */
    public List<Actor> findPage(String text, ActorKind kind, String afterSlug, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(getEntityManager().createNativeQuery("select a.id from actor a " + MATCHES
                        + " and (cast(:after as text) is null or a.slug > :after) order by a.slug limit :limit"),
                text, kind)
                .setParameter("after", afterSlug)
                .setParameter("limit", limit)
                .getResultList();
        Map<UUID, Actor> byId = find("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    public long count(String text, ActorKind kind) {
        return ((Number) bind(getEntityManager().createNativeQuery("select count(*) from actor a " + MATCHES), text, kind)
                .getSingleResult()).longValue();
    }

    /** The actors this one belongs to, nearest first; stops at a cycle should one ever be stored. */
    public List<Actor> affiliationChain(Actor actor) {
        List<Actor> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(Set.of(actor.id));
        for (Actor up = actor.affiliation; up != null && seen.add(up.id); up = up.affiliation) {
            chain.add(up);
        }
        return chain;
    }

    public List<Actor> members(Actor actor) {
        return list("affiliation", Sort.by("name"), actor);
    }

    private static Query bind(Query query, String text, ActorKind kind) {
        return query.setParameter("pattern", text == null ? null : LikePatterns.contains(text))
                .setParameter("kind", kind == null ? null : kind.code());
    }

    /** Events whose JSON shows this actor: they are rendered again when it changes. */
    public List<UUID> findEventsShowing(UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                select event_id from event_actor where actor_id = :id
                union select event_id from claim where attributed_to_id = :id
                union select event_id from quote where speaker_id = :id
                order by 1""").setParameter("id", id).getResultList();
        return ids;
    }

    /** What still names this actor, as "12 events", so that deleting it would break nothing. */
    public List<String> findReferences(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select 'event links', count(*) from event_actor where actor_id = :id
                union all select 'claims', count(*) from claim where attributed_to_id = :id
                union all select 'quotes', count(*) from quote where speaker_id = :id
                union all select 'affiliated actors', count(*) from actor where affiliation_id = :id""").setParameter("id", id).getResultList();
        return rows.stream().filter(row -> ((Number) row[1]).longValue() > 0)
                .map(row -> row[1] + " " + row[0]).toList();
    }

}
