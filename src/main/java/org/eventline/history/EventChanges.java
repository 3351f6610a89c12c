package org.eventline.history;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.event.EventDocuments;
import org.eventline.event.EventRepository;
import org.eventline.web.DataVersion.DataChanged;
import org.eventline.write.Change;
import org.eventline.write.WriteTransaction;

/**
 * The tail every write ends with, in one place: one writer at a time (the advisory lock), then
 * the changed events' search documents, JSON and revisions, and the data version readers see.
 */
@ApplicationScoped
public class EventChanges implements WriteTransaction {

    /** Events rendered again per round: a record named by thousands of events changes them in rounds. */
    private static final int RENDER_BATCH = 500;

    @Inject
    EventRepository events;
    @Inject
    EventDocuments documents;
    @Inject
    EventRevisionRepository revisions;
    @Inject
    jakarta.enterprise.event.Event<DataChanged> dataChanged;

    @Override
    public void begin() {
        // one writer at a time, across replicas: see EventRevisionRepository
        revisions.lockForWrite();
    }

    @Override
    public void eventsChanged(Collection<UUID> eventIds, Change change, String author) {
        events.flush();
        List<UUID> ids = List.copyOf(eventIds);
        for (int from = 0; from < ids.size(); from += RENDER_BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + RENDER_BATCH));
            events.refreshSearchDocuments(batch);
            documents.render(events.findInOrder(batch));
        }
        // one statement, so revision numbers follow the events' ids across rounds
        revisions.record(ids, change, author);
        dataChanged.fire(new DataChanged());
    }

    @Override
    public void namesChanged(Collection<UUID> eventIds) {
        events.refreshSearchDocuments(eventIds);
    }

    @Override
    public void recordsChanged() {
        events.flush();
        dataChanged.fire(new DataChanged());
    }

    @Override
    public void retiring(UUID eventId, String author) {
        revisions.record(List.of(eventId), Change.RETIRED, author);
    }
}
