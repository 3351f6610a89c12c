package org.eventline.event;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * At start-up, renders the documents of events stored without one (written before V011, or bulk
 * loaded by SQL such as the benchmark generator), in chunks of their own transactions. Events a
 * migration changed are rendered before, with their revisions, by history/PendingRevisions.
 */
@ApplicationScoped
public class EventDocumentBackfill {

    private static final Logger LOG = Logger.getLogger(EventDocumentBackfill.class);
    private static final int CHUNK = 500;

    @Inject
    EventRepository repository;
    @Inject
    EventDocuments documents;

    /** Runs before the seed is loaded (which renders its own events). */
    void onStart(@Observes @Priority(1) StartupEvent start) {
        long rendered = 0;
        long started = System.nanoTime();
        // the smallest uuid in PostgreSQL's (unsigned, byte by byte) order
        UUID after = new UUID(0, 0);
        while (true) {
            UUID position = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> chunk = repository.findWithoutDocument(position, CHUNK);
                documents.render(repository.findInOrder(chunk));
                return chunk;
            });
            rendered += ids.size();
            if (ids.size() < CHUNK) {
                break;
            }
            after = ids.get(ids.size() - 1);
        }
        if (rendered > 0) {
            LOG.infof("rendered the documents of %d events in %d ms", rendered, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
