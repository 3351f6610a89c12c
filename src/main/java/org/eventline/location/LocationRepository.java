package org.eventline.location;

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
import io.quarkus.panache.common.Sort;

import org.eventline.vocabulary.LocationKind;
import org.eventline.web.IdOrSlug;
import org.eventline.web.LikePatterns;

/** Every query on places and their hierarchy (through location_closure, see V005). */
@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, UUID> {

    private static final String MATCHES = """
             where (cast(:pattern as text) is null or lower(l.name) like :pattern
                    or exists (select 1 from unnest(l.aliases) alias where lower(alias) like :pattern))
               and (cast(:kind as text) is null or l.kind = :kind)
               and (cast(:within as uuid) is null or exists (select 1 from location_closure lc
                     where lc.descendant_id = l.id and lc.ancestor_id = :within and lc.depth > 0))""";

    /** The records with any of these slugs, in one query. */
    public List<Location> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public Optional<Location> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Location> findByIdOrSlug(String idOrSlug) {
        return IdOrSlug.asUuid(idOrSlug).map(this::findByIdOptional).orElseGet(() -> findBySlug(idOrSlug));
    }

    /** Places matching the text, kind and containing place (strictly inside it), by slug after the given one. */
    public List<Location> findPage(String text, LocationKind kind, UUID within, String afterSlug, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(getEntityManager().createNativeQuery("select l.id from location l " + MATCHES
                        + " and (cast(:after as text) is null or l.slug > :after) order by l.slug limit :limit"),
                text, kind, within)
                .setParameter("after", afterSlug)
                .setParameter("limit", limit)
                .getResultList();
        Map<UUID, Location> byId = find("id in ?1", ids).stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    public long count(String text, LocationKind kind, UUID within) {
        return ((Number) bind(getEntityManager().createNativeQuery("select count(*) from location l " + MATCHES),
                text, kind, within).getSingleResult()).longValue();
    }

    /** The places containing this one, nearest first, in one query. */
    public List<Location> parentChain(Location location) {
        @SuppressWarnings("unchecked")
        List<Location> chain = getEntityManager().createNativeQuery("""
                select l.* from location l join location_closure c on c.ancestor_id = l.id
                 where c.descendant_id = :id and c.depth > 0 order by c.depth""", Location.class)
                .setParameter("id", location.id)
                .getResultList();
        return chain;
    }

    public List<Location> children(Location location) {
        return list("parent", Sort.by("name"), location);
    }

    private static Query bind(Query query, String text, LocationKind kind, UUID within) {
        return query.setParameter("pattern", text == null ? null : LikePatterns.contains(text))
                .setParameter("kind", kind == null ? null : kind.code())
                .setParameter("within", within);
    }

    /** Events whose JSON shows this place: they are rendered again when it changes. */
    public List<UUID> findEventsShowing(UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                select event_id from event_location where location_id = :id
                union select id from event where location_id = :id
                order by 1""").setParameter("id", id).getResultList();
        return ids;
    }

    /** What still names this place, as "12 events", so that deleting it would break nothing. */
    public List<String> findReferences(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select 'event links', count(*) from event_location where location_id = :id
                union all select 'events', count(*) from event where location_id = :id
                union all select 'places inside it', count(*) from location where parent_id = :id""").setParameter("id", id).getResultList();
        return rows.stream().filter(row -> ((Number) row[1]).longValue() > 0)
                .map(row -> row[1] + " " + row[0]).toList();
    }

    /** Whether {@code inner} lies inside {@code outer}, at any depth, or is it. */
    public boolean contains(UUID outer, UUID inner) {
        return !getEntityManager().createNativeQuery(
                        "select 1 from location_closure where ancestor_id = :outer and descendant_id = :inner")
                .setParameter("outer", outer).setParameter("inner", inner).getResultList().isEmpty();
    }

}
