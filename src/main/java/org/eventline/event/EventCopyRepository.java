package org.eventline.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eventline.jdbc.CopyRows;

/**
 * Writes many events at once with COPY, the bulk path of imports: each table gets one COPY per batch
 * instead of one INSERT per row (Hibernate took over a minute for the 16,566 UCDP events and
 * their 170,000 rows), and the statement-level triggers that keep the timelines and day counts
 * run once per table, not once per row.
 */
@ApplicationScoped
public class EventCopyRepository {

    private static final String EVENT_COLUMNS = "id, external_key, type_code, title, summary, status, date_start, date_end,"
            + " date_precision, date_approximate, date_uncertain, date_label, location_id, created_at, updated_at, version, document,"
            + " point_longitude, point_latitude, point_precision, aggregate, dataset_id";
    private static final String SEARCH_VECTOR = "event_search_vector(title, summary, actor_names, place_names, quotes, claims)";

    @Inject
    EntityManager entityManager;

    /** Stores new events with every row that hangs off them, their rendered JSON and their search document. */
    public void insert(Collection<Event> events, Map<UUID, String> documents) {
        if (events.isEmpty()) {
            return;
        }
        stage(events, documents, Map.of());
        entityManager.createNativeQuery("insert into event (" + EVENT_COLUMNS + ", search_document)"
                + " select " + EVENT_COLUMNS + ", " + SEARCH_VECTOR + " from event_import").executeUpdate();
        entityManager.createNativeQuery("drop table event_import").executeUpdate();
        copyChildren(events);
    }

    /**
     * Replaces stored events by these (same ids): their columns, a version one higher, and every
     * row that hangs off them. Call with the write lock held, so nothing else writes them meanwhile.
     */
    public void replace(Collection<Event> events, Map<UUID, String> documents, Map<UUID, Long> storedVersions) {
        if (events.isEmpty()) {
            return;
        }
        UUID[] ids = events.stream().map(event -> event.id).toArray(UUID[]::new);
        for (String table : List.of("event_location", "event_actor", "event_source", "event_relation", "event_code", "claim", "quote")) {
            entityManager.createNativeQuery("delete from " + table + " where event_id = any(:ids)")
                    .setParameter("ids", ids).executeUpdate();
        }
        stage(events, documents, storedVersions);
        entityManager.createNativeQuery("""
                update event e set external_key = r.external_key, type_code = r.type_code, title = r.title,
                    summary = r.summary, status = r.status, date_start = r.date_start, date_end = r.date_end,
                    date_precision = r.date_precision, date_approximate = r.date_approximate, date_uncertain = r.date_uncertain,
                    date_label = r.date_label, location_id = r.location_id, updated_at = r.updated_at,
                    version = r.version, document = r.document, point_longitude = r.point_longitude,
                    point_latitude = r.point_latitude, point_precision = r.point_precision, aggregate = r.aggregate,
                    dataset_id = r.dataset_id,
                    search_document = event_search_vector(r.title, r.summary, r.actor_names, r.place_names, r.quotes, r.claims)
                from event_import r where e.id = r.id""").executeUpdate();
        entityManager.createNativeQuery("drop table event_import").executeUpdate();
        copyChildren(events);
    }

    /**
     * Copies the events' rows into a temporary table with the texts of their search document,
     * gathered as event_search_document gathers them from the tables (V019); a version of 0 for
     * new events, one more than stored for replaced ones.
     */
    private void stage(Collection<Event> events, Map<UUID, String> documents, Map<UUID, Long> storedVersions) {
        entityManager.createNativeQuery("create temporary table event_import on commit drop as"
                + " select " + EVENT_COLUMNS + ", ''::text as actor_names, ''::text as place_names, ''::text as quotes,"
                + " ''::text as claims from event with no data").executeUpdate();
        CopyRows rows = new CopyRows();
        for (Event e : events) {
            Long stored = storedVersions.get(e.id);
            rows.add(e.id, e.externalKey, e.type.code, e.title, e.summary, e.status, e.dateStart, e.dateEnd,
                    e.datePrecision.code(), e.dateApproximate, e.dateUncertain, e.dateLabel, e.location == null ? null : e.location.id,
                    e.createdAt, e.updatedAt, stored == null ? 0 : stored + 1, documents.get(e.id),
                    e.pointLongitude, e.pointLatitude, e.pointPrecision == null ? null : e.pointPrecision.code(), e.aggregate,
                    e.dataset.id,
                    joined(e.actors.stream().map(p -> named(p.actor.name, p.actor.aliases))),
                    joined(e.locations.stream().map(p -> named(p.location.name, p.location.aliases))),
                    joined(e.quotes.stream().map(q -> q.text)),
                    joined(e.claims.stream().map(c -> Stream.of(c.measure.code(),
                            c.affectedGroup == null ? null : c.affectedGroup.code(), c.reportedAs)
                            .filter(Objects::nonNull).collect(Collectors.joining(" ")))));
        }
        rows.copy(entityManager, "copy event_import (" + EVENT_COLUMNS + ", actor_names, place_names, quotes, claims) from stdin");
    }

    /** As V019 writes a name with its aliases: name, a space, the aliases joined by spaces. */
    private static String named(String name, List<String> aliases) {
        return name + " " + String.join(" ", aliases);
    }

    /** As string_agg(..., ' ') does: null when there is nothing. */
    private static String joined(Stream<String> texts) {
        List<String> all = texts.toList();
        return all.isEmpty() ? null : String.join(" ", all);
    }

    private void copyChildren(Collection<Event> events) {
        CopyRows places = new CopyRows();
        CopyRows actors = new CopyRows();
        CopyRows citations = new CopyRows();
        CopyRows relations = new CopyRows();
        CopyRows claims = new CopyRows();
        CopyRows quotes = new CopyRows();
        CopyRows codes = new CopyRows();
        for (Event event : events) {
            for (int i = 0; i < event.codes.size(); i++) {
                EventCode code = event.codes.get(i);
                codes.add(event.id, i, code.scheme, code.code, code.label);
            }
            for (int i = 0; i < event.locations.size(); i++) {
                EventLocation place = event.locations.get(i);
                places.add(event.id, i, place.location.id, place.role);
            }
            for (int i = 0; i < event.actors.size(); i++) {
                EventActor participant = event.actors.get(i);
                actors.add(event.id, i, participant.actor.id, participant.role);
            }
            for (int i = 0; i < event.sources.size(); i++) {
                EventSource citation = event.sources.get(i);
                citations.add(event.id, i, citation.source.id, citation.attribution);
            }
            for (int i = 0; i < event.related.size(); i++) {
                EventRelation relation = event.related.get(i);
                relations.add(event.id, i, relation.relatedEvent.id, relation.relation);
            }
            for (int i = 0; i < event.claims.size(); i++) {
                Claim c = event.claims.get(i);
                claims.add(c.id, event.id, i, c.measure, c.affectedGroup, c.groupActor == null ? null : c.groupActor.id,
                        c.min, c.max, c.qualifier, c.estimate, c.reportedAs,
                        c.periodStart, c.periodEnd, c.periodPrecision == null ? null : c.periodPrecision.code(),
                        c.periodApproximate, c.periodUncertain, c.periodLabel, c.attributedTo.id, c.source.id, c.verification,
                        event.dateStart, event.dateEnd);
            }
            for (int i = 0; i < event.quotes.size(); i++) {
                Quote q = event.quotes.get(i);
                quotes.add(q.id, event.id, i, q.text, q.speaker == null ? null : q.speaker.id, q.source.id);
            }
        }
        places.copy(entityManager, "copy event_location (event_id, position, location_id, role) from stdin");
        actors.copy(entityManager, "copy event_actor (event_id, position, actor_id, role) from stdin");
        citations.copy(entityManager, "copy event_source (event_id, position, source_id, attribution) from stdin");
        codes.copy(entityManager, "copy event_code (event_id, position, scheme, code, label) from stdin");
        relations.copy(entityManager, "copy event_relation (event_id, position, related_event_id, relation) from stdin");
        // with their event's days (V025): a claim written without them costs a trigger call
        claims.copy(entityManager, "copy claim (id, event_id, position, measure, affected_group, group_actor_id, min_value, max_value, qualifier,"
                + " estimate, reported_as,"
                + " period_start, period_end, period_precision, period_approximate, period_uncertain, period_label, attributed_to_id,"
                + " source_id, verification, event_date_start, event_date_end) from stdin");
        quotes.copy(entityManager, "copy quote (id, event_id, position, text, speaker_id, source_id) from stdin");
    }
}
