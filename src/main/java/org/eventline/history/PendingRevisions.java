package org.eventline.history;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import org.eventline.history.PendingRevisionRepository.Pending;
import org.eventline.write.Change;

/**
 * At start-up, gives every event a data migration changed in SQL (V021) what every write gives
 * the events it changes: its JSON rendered again and a revision in its history and the change
 * feed, under the write lock, so that no change is silent. In chunks of their own transactions,
 * each dropping the events it has done from the list: stopped halfway, the next start goes on.
 */
@ApplicationScoped
public class PendingRevisions {

    private static final Logger LOG = Logger.getLogger(PendingRevisions.class);
    private static final int CHUNK = 500;

    @Inject
    PendingRevisionRepository pending;
    @Inject
    EventChanges changes;

    /** Before the document backfill (priority 1), which would otherwise render these events without a revision. */
    void onStart(@Observes @Priority(0) StartupEvent start) {
        long written = writeAll();
        if (written > 0) {
            LOG.infof("recorded the revisions of %d events changed by a migration", written);
        }
    }

    /** Works the whole list off; returns the number of events done. */
    public long writeAll() {
        long done = 0;
        while (true) {
            int chunk = QuarkusTransaction.requiringNew().call(this::writeChunk);
            done += chunk;
            if (chunk < CHUNK) {
                return done;
            }
        }
    }

    private int writeChunk() {
        // the lock first, as every writer: the revisions then number in commit order
        changes.begin();
        List<Pending> chunk = pending.findFirst(CHUNK);
        Map<String, List<UUID>> byAuthor = chunk.stream().collect(
                Collectors.groupingBy(Pending::author, Collectors.mapping(Pending::eventId, Collectors.toList())));
        byAuthor.forEach((author, ids) -> changes.eventsChanged(ids, Change.UPDATED, author));
        pending.delete(chunk.stream().map(Pending::eventId).toList());
        return chunk.size();
    }
}
