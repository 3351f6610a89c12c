package org.eventline.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
import io.quarkus.panache.common.Sort;

import org.eventline.write.AliasRepository;
import org.eventline.vocabulary.ActorKind;
import org.eventline.web.IdOrSlug;
import org.eventline.web.LikePatterns;

/** Every query on actors. */
@ApplicationScoped
public class ActorRepository implements PanacheRepositoryBase<Actor, UUID> {

    @Inject
    AliasRepository aliases;

    private static final String MATCHES = """
             where (cast(:pattern as text) is null or lower(a.name) like :pattern
                    or exists (select 1 from unnest(a.aliases) alias where lower(alias) like :pattern))
               and (cast(:kind as text) is null or a.kind = :kind)""";

    /** The records with any of these slugs, own or former (a former slug answers with the record it names now). */
    public Map<String, Actor> findBySlugs(Collection<String> slugs) {
        Map<String, Actor> found = new HashMap<>();
        if (slugs.isEmpty()) {
            return found;
        }
        list("slug in ?1", slugs).forEach(actor -> found.put(actor.slug, actor));
        Map<String, UUID> former = aliases.recordsOfSlugs(AliasRepository.Kind.ACTOR,
                slugs.stream().filter(slug -> !found.containsKey(slug)).toList());
        if (!former.isEmpty()) {
            Map<UUID, Actor> records = list("id in ?1", Set.copyOf(former.values())).stream()
                    .collect(Collectors.toMap(actor -> actor.id, Function.identity()));
            former.forEach((slug, id) -> found.put(slug, records.get(id)));
        }
        return found;
    }

    /** The record with this slug, or the record it names now when it is a former slug (merged or joined). */
    public Optional<Actor> findBySlug(String slug) {
        Optional<Actor> own = find("slug", slug).firstResultOptional();
        return own.isPresent() ? own : aliases.recordOfSlug(AliasRepository.Kind.ACTOR, slug).flatMap(this::findByIdOptional);
    }

    /** By id or slug, own or former: a caller that must tell them apart compares the answer's id and slug. */
    public Optional<Actor> findByIdOrSlug(String idOrSlug) {
        return IdOrSlug.asUuid(idOrSlug).map(id -> findByIdOptional(id)
                        .or(() -> aliases.recordOfFormerId(AliasRepository.Kind.ACTOR, id).flatMap(this::findByIdOptional)))
                .orElseGet(() -> findBySlug(idOrSlug));
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

    /**
     * Moves every link, claim, quote and member of one actor to another, then removes it; its slug
     * and id become aliases of the other (with its own aliases). Statements, not entities: the
     * triggers of V012, V022 and V024 bring timelines and figures along.
     */
    public void mergeInto(UUID from, UUID into) {
        getEntityManager().flush();
        for (String statement : List.of(
                "update event_actor set actor_id = :into where actor_id = :from",
                "update claim set attributed_to_id = :into where attributed_to_id = :from",
                "update claim set group_actor_id = :into where group_actor_id = :from",
                "update quote set speaker_id = :into where speaker_id = :from",
                "update actor set affiliation_id = (select affiliation_id from actor where id = :from) where id = :into and affiliation_id = :from",
                "update actor set affiliation_id = :into where affiliation_id = :from",
                "update actor_alias set actor_id = :into where actor_id = :from",
                "insert into actor_alias (slug, former_id, actor_id, reason) select slug, id, :into, 'merged' from actor where id = :from",
                "delete from reconciliation_candidate where record_id = :from or match_id = :from",
                "delete from actor where id = :from")) {
            var query = getEntityManager().createNativeQuery(statement).setParameter("from", from);
            if (statement.contains(":into")) {
                query.setParameter("into", into);
            }
            query.executeUpdate();
        }
    }
}
