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
 * loaded by SQL such as the benchmark generator), in chunks of their own transactions.
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
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> ids = repository.findWithoutDocument(CHUNK);
                documents.render(repository.findInOrder(ids));
                return ids.size();
            });
            rendered += done;
            if (done < CHUNK) {
                break;
            }
        }
        if (rendered > 0) {
            LOG.infof("rendered the documents of %d events in %d ms", rendered, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
