package org.eventline.event;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Finds the events of other datasets that may report the same happening as one event, and scores
 * them: the one query of the corroboration rule (Corroboration.RULE says it in words).
 */
@ApplicationScoped
public class CorroborationRepository {

    /**
     * Pairs of places, one of the event's and one of a candidate's, one inside the other (or the same),
     * through the closure of the hierarchy (V005); a pair whose broader place is a country or region
     * says nothing about one happening and is left out. Each candidate keeps its closest pair.
     * An open envelope is closed where the later of the two starts, for its time score: an ongoing
     * campaign says nothing of when within it a report falls, so it scores low on time whatever the
     * candidate's length (closed at the latest known day instead, the long aggregates of a year
     * ranked first against an ongoing assault). Roles that report rather than act (claimant, speaker,
     * publisher) are not counted as shared actors: UCDP claims every one of its events.
     */
    private static final String QUERY = """
            with target as (
                select e.id, e.dataset_id, e.type_code, t.category_code, e.date_start, e.date_end
                  from event e join event_type t on t.code = e.type_code
                 where e.id = :id),
            pairs as (
                select el.event_id, tp.location_id as target_place, el.location_id as candidate_place, lc.depth,
                       case when lc.depth = 0 then 'same_place' else 'inside' end as relation, lc.ancestor_id as broader
                  from event_location tp
                  join location_closure lc on lc.ancestor_id = tp.location_id
                  join event_location el on el.location_id = lc.descendant_id
                 where tp.event_id = :id
                union all
                select el.event_id, tp.location_id, el.location_id, lc.depth, 'contains', lc.ancestor_id
                  from event_location tp
                  join location_closure lc on lc.descendant_id = tp.location_id and lc.depth > 0
                  join event_location el on el.location_id = lc.ancestor_id
                 where tp.event_id = :id),
            closest as (
                select distinct on (p.event_id) p.*, b.kind as broader_kind
                  from pairs p
                  join location b on b.id = p.broader
                  join event c on c.id = p.event_id
                  cross join target t
                 where b.kind not in ('country', 'region')
                   and c.dataset_id <> t.dataset_id
                   and c.date_start <= coalesce(t.date_end, 'infinity'::date)
                   and coalesce(c.date_end, 'infinity'::date) >= t.date_start
                 order by p.event_id, p.depth, p.relation = 'contains'),
            features as (
                select c.id, c.document, c.date_start, cl.relation, cl.depth, cl.broader_kind,
                       tl.slug as target_place, tl.name as target_place_name, pl.slug as candidate_place, pl.name as candidate_place_name,
                       case when c.type_code = t.type_code then 'same_type'
                            when ct.category_code = t.category_code then 'same_category' else 'other_type' end as type_match,
                       h.horizon,
                       least(coalesce(t.date_end, h.horizon), coalesce(c.date_end, h.horizon)) - greatest(t.date_start, c.date_start) + 1
                           as overlap_days,
                       greatest(coalesce(t.date_end, h.horizon), coalesce(c.date_end, h.horizon)) - least(t.date_start, c.date_start) + 1
                           as union_days,
                       case when c.date_start = t.date_start and c.date_end is not distinct from t.date_end then 'same_dates'
                            when c.date_start >= t.date_start and coalesce(c.date_end, 'infinity'::date) <= coalesce(t.date_end, 'infinity'::date)
                                then 'within'
                            when c.date_start <= t.date_start and coalesce(c.date_end, 'infinity'::date) >= coalesce(t.date_end, 'infinity'::date)
                                then 'contains'
                            else 'overlaps' end as time_match,
                       s.slugs as shared_actors, s.names as shared_actor_names, s.n as shared_count
                  from closest cl
                  join event c on c.id = cl.event_id
                  join event_type ct on ct.code = c.type_code
                  join location tl on tl.id = cl.target_place
                  join location pl on pl.id = cl.candidate_place
                  cross join target t
                  cross join lateral (select greatest(t.date_start, c.date_start) as horizon) h
                  cross join lateral (
                      select string_agg(a.slug, ',' order by a.slug) as slugs, string_agg(a.name, chr(31) order by a.slug) as names,
                             count(*) as n
                        from actor a
                       where a.id in (select ca.actor_id from event_actor ca
                                       where ca.event_id = c.id and ca.role not in ('claimant', 'speaker', 'publisher'))
                         and a.id in (select ta.actor_id from event_actor ta
                                       where ta.event_id = t.id and ta.role not in ('claimant', 'speaker', 'publisher'))) s)
            select id, document, relation, depth, broader_kind, target_place, target_place_name, candidate_place,
                   candidate_place_name, type_match, time_match, overlap_days, union_days, shared_actors, shared_actor_names,
                   round(0.35 * overlap_days::numeric / union_days
                       + 0.30 * case when relation = 'same_place' then 1.0
                                     else (case when broader_kind = 'governorate' then 0.5 else 1.0 end) / (1 + depth) end
                       + 0.20 * case type_match when 'same_type' then 1.0 when 'same_category' then 0.5 else 0.0 end
                       + 0.15 * least(shared_count, 2) / 2.0, 3) as score
              from features
             order by score desc, date_start, id
             limit :limit""";

    @Inject
    EntityManager entityManager;

    /** What the query tells of one candidate, the stored JSON of it among them. */
    public record Candidate(UUID id, String document, String placeRelation, int placeDepth, String broaderPlaceKind,
            String eventPlace, String eventPlaceName, String candidatePlace, String candidatePlaceName, String typeMatch,
            String timeMatch, int overlapDays, int unionDays, List<String> sharedActors, List<String> sharedActorNames,
            BigDecimal score) {
    }

    /** The best-scored candidates of other datasets, at most limit, best first. */
    public List<Candidate> find(UUID eventId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(QUERY)
                .setParameter("id", eventId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Candidate((UUID) row[0], (String) row[1], (String) row[2],
                ((Number) row[3]).intValue(), (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                (String) row[9], (String) row[10], ((Number) row[11]).intValue(), ((Number) row[12]).intValue(),
                split((String) row[13], ","), split((String) row[14], "\u001f"), (BigDecimal) row[15])).toList();
    }

    private static List<String> split(String joined, String separator) {
        return joined == null ? List.of() : Arrays.asList(joined.split(separator, -1));
    }
}
