package org.eventline.location;

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
import io.quarkus.panache.common.Sort;

import org.eventline.write.AliasRepository;
import org.eventline.vocabulary.LocationKind;
import org.eventline.web.IdOrSlug;
import org.eventline.web.LikePatterns;

/** Every query on places and their hierarchy (through location_closure, see V005). */
@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, UUID> {

    @Inject
    AliasRepository aliases;

    private static final String MATCHES = """
             where (cast(:pattern as text) is null or lower(l.name) like :pattern
                    or exists (select 1 from unnest(l.aliases) alias where lower(alias) like :pattern))
               and (cast(:kind as text) is null or l.kind = :kind)
               and (cast(:within as uuid) is null or exists (select 1 from location_closure lc
                     where lc.descendant_id = l.id and lc.ancestor_id = :within and lc.depth > 0))""";

    /** The records with any of these slugs, own or former (a former slug answers with the record it names now). */
    public Map<String, Location> findBySlugs(Collection<String> slugs) {
        Map<String, Location> found = new HashMap<>();
        if (slugs.isEmpty()) {
            return found;
        }
        list("slug in ?1", slugs).forEach(location -> found.put(location.slug, location));
        Map<String, UUID> former = aliases.recordsOfSlugs(AliasRepository.Kind.LOCATION,
                slugs.stream().filter(slug -> !found.containsKey(slug)).toList());
        if (!former.isEmpty()) {
            Map<UUID, Location> records = list("id in ?1", Set.copyOf(former.values())).stream()
                    .collect(Collectors.toMap(location -> location.id, Function.identity()));
            former.forEach((slug, id) -> found.put(slug, records.get(id)));
        }
        return found;
    }

    /** The record with this slug, or the record it names now when it is a former slug (merged or joined). */
    public Optional<Location> findBySlug(String slug) {
        Optional<Location> own = find("slug", slug).firstResultOptional();
        return own.isPresent() ? own : aliases.recordOfSlug(AliasRepository.Kind.LOCATION, slug).flatMap(this::findByIdOptional);
    }

    /** By id or slug, own or former: a caller that must tell them apart compares the answer's id and slug. */
    public Optional<Location> findByIdOrSlug(String idOrSlug) {
        return IdOrSlug.asUuid(idOrSlug).map(id -> findByIdOptional(id)
                        .or(() -> aliases.recordOfFormerId(AliasRepository.Kind.LOCATION, id).flatMap(this::findByIdOptional)))
                .orElseGet(() -> findBySlug(idOrSlug));
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

    /**
     * Moves every event, link and child place of one place to another, then removes it; its slug and
     * id become aliases of the other (with its own aliases). Statements, not entities: the triggers of
     * V005 and V012 keep the closure and the timelines right.
     */
    public void mergeInto(UUID from, UUID into) {
        getEntityManager().flush();
        for (String statement : List.of(
                "update event_location set location_id = :into where location_id = :from",
                "update event set location_id = :into where location_id = :from",
                "update location set parent_id = :into where parent_id = :from",
                "update location_alias set location_id = :into where location_id = :from",
                "insert into location_alias (slug, former_id, location_id, reason) select slug, id, :into, 'merged' from location where id = :from",
                "delete from reconciliation_candidate where record_id = :from or match_id = :from",
                "delete from location where id = :from")) {
            var query = getEntityManager().createNativeQuery(statement).setParameter("from", from);
            if (statement.contains(":into")) {
                query.setParameter("into", into);
            }
            query.executeUpdate();
        }
    }
}
