package org.eventline.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.EventStatus;
import org.eventline.web.QueryFingerprint;

/**
 * A validated /events query: every filter resolved (slugs to ids, categories to their types).
 * Null or empty means "no condition". Lists are sorted so equal queries have equal fingerprints.
 */
public record EventFilter(
        LocalDate from,
        LocalDate to,
        DateMatch dateMatch,
        List<String> types,
        List<UUID> actors,
        ActorRole actorRole,
        List<UUID> locations,
        BoundingBox bbox,
        String text,
        List<EventStatus> statuses,
        Instant updatedSince,
        FigureFilter figure,
        Boolean aggregate,
        List<String> codes,
        List<UUID> datasets) {

    /** A filter without the source's flags and codes (aggregate or not, any codes) and on no dataset. */
    public EventFilter(LocalDate from, LocalDate to, DateMatch dateMatch, List<String> types, List<UUID> actors,
            ActorRole actorRole, List<UUID> locations, BoundingBox bbox, String text, List<EventStatus> statuses,
            Instant updatedSince, FigureFilter figure) {
        this(from, to, dateMatch, types, actors, actorRole, locations, bbox, text, statuses, updatedSince, figure, null, List.of(),
                List.of());
    }

    /** The same filter, narrowed to events with a figure (null: no figure condition). */
    public EventFilter withFigure(FigureFilter figureFilter) {
        return new EventFilter(from, to, dateMatch, types, actors, actorRole, locations, bbox, text, statuses, updatedSince, figureFilter,
                aggregate, codes, datasets);
    }

    /** Whether nothing but the period and types (or nothing at all) is asked. */
    public boolean periodAndTypesOnly() {
        return actors.isEmpty() && actorRole == null && locations.isEmpty() && bbox == null && text == null
                && statuses.isEmpty() && updatedSince == null && figure == null
                && aggregate == null && codes.isEmpty() && datasets.isEmpty();
    }

    /** Identifies the query a cursor belongs to; stable across restarts and replicas. */
    public QueryFingerprint fingerprint() {
        QueryFingerprint fields = QueryFingerprint.of("from", from).and("to", to).and("date_match", dateMatch).and("types", types)
                .and("actors", actors).and("actor_role", actorRole).and("locations", locations).and("bbox", bbox)
                .and("text", text).and("statuses", statuses).and("updated_since", updatedSince);
        // only when given, so that the cursors of lists without them stay as they were
        if (aggregate != null) {
            fields = fields.and("aggregate", aggregate);
        }
        if (!codes.isEmpty()) {
            fields = fields.and("codes", codes);
        }
        QueryFingerprint withFigure = figure == null ? fields : fields.and("figure", figure);
        return datasets.isEmpty() ? withFigure : withFigure.and("datasets", datasets);
    }
}
