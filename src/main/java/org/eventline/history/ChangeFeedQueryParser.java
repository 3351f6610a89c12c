package org.eventline.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.catalog.DatasetRepository;
import org.eventline.event.EventFilterParser;
import org.eventline.location.LocationRepository;
import org.eventline.web.Cursor;
import org.eventline.web.CursorKey;
import org.eventline.web.InvalidInputException;
import org.eventline.web.QueryFingerprint;
import org.eventline.web.QueryParameters;

/** Reads the parameters the change feed and the change stream share, the one place their filters are parsed. */
@ApplicationScoped
public class ChangeFeedQueryParser {

    /** The header a browser's EventSource sends when it reconnects: the id of the last event it received. */
    public static final String LAST_EVENT_ID = "Last-Event-ID";

    @Inject
    LocationRepository locations;
    @Inject
    DatasetRepository datasets;
    @Inject
    EventFilterParser eventFilters;

    /**
     * The query, or a refusal listing every invalid parameter. Last-Event-ID, when sent, wins over the
     * cursor: a reconnecting EventSource repeats the URL it first opened.
     */
    public ChangeFeedQuery parse(QueryParameters parameters, ChangeFeedParameters declared, String lastEventId) {
        Instant since = parameters.instant("since", declared.since).orElse(null);
        ChangeFilter filter = new ChangeFilter(
                EventFilterParser.references(parameters, "location", declared.location, locations::findByIdOrSlug,
                        location -> location.id),
                eventFilters.types(parameters, declared.type),
                datasetSlugs(parameters, declared.dataset));
        QueryFingerprint fingerprint = QueryFingerprint.of("since", since);
        // a feed without filters keeps the fingerprint it had before filters existed, so its cursors stay valid
        Cursor<Long> cursor = new Cursor<>(CursorKey.REVISION, filter.isEmpty() ? fingerprint : fingerprint.and("filter", filter));
        long after = cursor.after(parameters, declared.cursor).orElse(0L);
        if (lastEventId != null && !lastEventId.isBlank()) {
            after = lastEventId(parameters, cursor, lastEventId.strip(), after);
        }
        parameters.throwIfInvalid();
        return new ChangeFeedQuery(since, filter, cursor, after);
    }

    private static long lastEventId(QueryParameters parameters, Cursor<Long> cursor, String lastEventId, long otherwise) {
        try {
            return cursor.decode(lastEventId);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> parameters.error(LAST_EVENT_ID, error.message()));
            return otherwise;
        }
    }

    /** The slugs of known datasets; an unknown one is an error naming the parameter. */
    private List<String> datasetSlugs(QueryParameters parameters, List<String> declared) {
        List<String> slugs = new ArrayList<>();
        for (String slug : parameters.list("dataset", declared)) {
            if (datasets.findBySlug(slug).isEmpty()) {
                parameters.error("dataset", "no dataset with slug '" + slug + "'");
            } else {
                slugs.add(slug);
            }
        }
        return slugs.stream().distinct().sorted().toList();
    }
}
