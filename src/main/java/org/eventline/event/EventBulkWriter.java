package org.eventline.event;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.postgresql.PGConnection;

import org.eventline.vocabulary.Coded;

/**
 * Writes many events at once, the bulk path of imports: each table gets one COPY per batch
 * instead of one INSERT per row (16,566 UCDP events with their 170,000 rows in seconds, where
 * Hibernate took over a minute), and the statement-level triggers that keep the timelines and
 * day counts run once per table, not once per row.
 */
@ApplicationScoped
public class EventBulkWriter {

    private static final String EVENT_COLUMNS = "id, external_key, type_code, title, summary, status, date_start, date_end,"
            + " date_precision, date_approximate, date_label, location_id, created_at, updated_at, version, document";

    @Inject
    EntityManager entityManager;

    /** Stores new events with every row that hangs off them, and their rendered JSON. */
    public void insert(Collection<Event> events, Map<UUID, String> documents) {
        if (events.isEmpty()) {
            return;
        }
        copy("copy event (" + EVENT_COLUMNS + ") from stdin", eventRows(events, documents, 0));
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
        for (String table : List.of("event_location", "event_actor", "event_source", "event_relation", "claim", "quote")) {
            entityManager.createNativeQuery("delete from " + table + " where event_id = any(:ids)")
                    .setParameter("ids", ids).executeUpdate();
        }
        entityManager.createNativeQuery("create temporary table event_replacement on commit drop as"
                + " select " + EVENT_COLUMNS + " from event with no data").executeUpdate();
        StringBuilder rows = new StringBuilder();
        for (Event event : events) {
            appendEvent(rows, event, documents.get(event.id), storedVersions.get(event.id) + 1);
        }
        copy("copy event_replacement (" + EVENT_COLUMNS + ") from stdin", rows);
        entityManager.createNativeQuery("""
                update event e set external_key = r.external_key, type_code = r.type_code, title = r.title,
                    summary = r.summary, status = r.status, date_start = r.date_start, date_end = r.date_end,
                    date_precision = r.date_precision, date_approximate = r.date_approximate,
                    date_label = r.date_label, location_id = r.location_id, updated_at = r.updated_at,
                    version = r.version, document = r.document
                from event_replacement r where e.id = r.id""").executeUpdate();
        entityManager.createNativeQuery("drop table event_replacement").executeUpdate();
        copyChildren(events);
    }

    private void copyChildren(Collection<Event> events) {
        StringBuilder places = new StringBuilder();
        StringBuilder actors = new StringBuilder();
        StringBuilder citations = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        StringBuilder quotes = new StringBuilder();
        for (Event event : events) {
            for (int i = 0; i < event.locations.size(); i++) {
                EventLocation place = event.locations.get(i);
                row(places, event.id, i, place.location.id, place.role);
            }
            for (int i = 0; i < event.actors.size(); i++) {
                EventActor participant = event.actors.get(i);
                row(actors, event.id, i, participant.actor.id, participant.role);
            }
            for (int i = 0; i < event.sources.size(); i++) {
                EventSource citation = event.sources.get(i);
                row(citations, event.id, i, citation.source.id, citation.attribution);
            }
            for (int i = 0; i < event.related.size(); i++) {
                EventRelation relation = event.related.get(i);
                row(relations, event.id, i, relation.relatedEvent.id, relation.relation);
            }
            for (int i = 0; i < event.claims.size(); i++) {
                Claim c = event.claims.get(i);
                row(claims, c.id, event.id, i, c.measure, c.affectedGroup, c.min, c.max, c.qualifier, c.reportedAs,
                        c.periodStart, c.periodEnd, c.periodPrecision == null ? null : c.periodPrecision.code(),
                        c.periodApproximate, c.periodLabel, c.attributedTo.id, c.source.id, c.verification);
            }
            for (int i = 0; i < event.quotes.size(); i++) {
                Quote q = event.quotes.get(i);
                row(quotes, q.id, event.id, i, q.text, q.speaker == null ? null : q.speaker.id, q.source.id);
            }
        }
        copy("copy event_location (event_id, position, location_id, role) from stdin", places);
        copy("copy event_actor (event_id, position, actor_id, role) from stdin", actors);
        copy("copy event_source (event_id, position, source_id, attribution) from stdin", citations);
        copy("copy event_relation (event_id, position, related_event_id, relation) from stdin", relations);
        copy("copy claim (id, event_id, position, measure, affected_group, min_value, max_value, qualifier, reported_as,"
                + " period_start, period_end, period_precision, period_approximate, period_label, attributed_to_id,"
                + " source_id, verification) from stdin", claims);
        copy("copy quote (id, event_id, position, text, speaker_id, source_id) from stdin", quotes);
    }

    private static StringBuilder eventRows(Collection<Event> events, Map<UUID, String> documents, long version) {
        StringBuilder rows = new StringBuilder();
        for (Event event : events) {
            appendEvent(rows, event, documents.get(event.id), version);
        }
        return rows;
    }

    private static void appendEvent(StringBuilder rows, Event e, String document, long version) {
        row(rows, e.id, e.externalKey, e.type.code, e.title, e.summary, e.status, e.dateStart, e.dateEnd,
                e.datePrecision.code(), e.dateApproximate, e.dateLabel, e.location == null ? null : e.location.id,
                e.createdAt, e.updatedAt, version, document);
    }

    /** Appends one row in COPY's text format: tab-separated, \N for null, special characters escaped. */
    private static void row(StringBuilder rows, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            appendValue(rows, values[i]);
        }
        rows.append('\n');
    }

    private static void appendValue(StringBuilder rows, Object value) {
        if (value == null) {
            rows.append("\\N");
            return;
        }
        String text = value instanceof Coded coded ? coded.code() : value instanceof Instant instant ? instant.toString() : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                case '\t' -> rows.append("\\t");
                default -> rows.append(c);
            }
        }
    }

    private void copy(String statement, StringBuilder rows) {
        if (rows.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> copyIn(connection, statement, rows));
    }

    private static void copyIn(Connection connection, String statement, StringBuilder rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
