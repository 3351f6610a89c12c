package org.eventline.history;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import org.eventline.config.EventlineConfig;
import org.eventline.web.ServiceBusyException;

/**
 * The change stream's subscribers on this instance: admits them up to the cap, wakes them when
 * revisions commit, sends heartbeats, drops those that stopped reading, and closes them all when the
 * instance shuts down so their clients reconnect to another.
 */
@Startup
@ApplicationScoped
public class ChangeStream implements ChangeSubscriber.Source {

    /** Seconds a refused subscriber is asked to wait: another instance, or a freed place, by then. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ChangeStream.class);

    @Inject
    EventlineConfig config;
    @Inject
    EventRevisionRepository revisions;
    @Inject
    ChangeNotifications notifications;
    @Inject
    ObjectMapper json;
    @Inject
    MeterRegistry metrics;

    private final Set<ChangeSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger admitted = new AtomicInteger();
    private volatile boolean closing;
    private ExecutorService readers;
    private ScheduledExecutorService clock;
    private Counter dropped;
    private Counter refused;

    @PostConstruct
    void start() {
        EventlineConfig.ChangeStream settings = config.changeStream();
        AtomicInteger threads = new AtomicInteger();
        readers = Executors.newFixedThreadPool(settings.readers(), task -> daemon(task, "change-stream-reader-" + threads.incrementAndGet()));
        clock = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "change-stream-clock"));
        long heartbeat = settings.heartbeat().toMillis();
        clock.scheduleWithFixedDelay(() -> subscribers.forEach(ChangeSubscriber::heartbeat), heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        clock.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
        metrics.gauge("eventline.change_stream.subscribers", subscribers, Set::size);
        dropped = Counter.builder("eventline.change_stream.dropped")
                .description("Subscribers closed because they did not take what was sent within the stall timeout")
                .register(metrics);
        refused = Counter.builder("eventline.change_stream.refused")
                .description("Subscribers answered 503 because the instance had as many as it takes")
                .register(metrics);
    }

    /**
     * Admits a subscriber and starts sending it what is after its position.
     *
     * @param disconnect resets the client's connection, for a client that stopped reading
     * @throws ServiceBusyException when the instance has as many subscribers as it takes, or is shutting down
     */
    public void subscribe(ChangeFeedQuery query, SseEventSink sink, Sse sse, Runnable disconnect) {
        int max = config.changeStream().maxSubscribers();
        if (closing) {
            throw new ServiceBusyException("This instance is shutting down; reconnect, another one will answer.", RETRY_AFTER_SECONDS);
        }
        if (admitted.incrementAndGet() > max) {
            admitted.decrementAndGet();
            refused.increment();
            throw new ServiceBusyException("This instance streams changes to " + max + " subscribers already; retry later, "
                    + "or poll GET /api/v1/changes with the last id as cursor.", RETRY_AFTER_SECONDS);
        }
        ChangeSubscriber subscriber = new ChangeSubscriber(query, sink, sse, disconnect, this, config.changeStream().pageSize());
        subscribers.add(subscriber);
        if (closing) {
            subscriber.close(); // shutdown began while it was admitted
            return;
        }
        subscriber.wake();
    }

    void wakeAll(@Observes NewRevisions committed) {
        subscribers.forEach(ChangeSubscriber::wake);
    }

    /** Forgets the clients that went away and drops those that stalled. */
    private void sweep() {
        long stall = config.changeStream().stallTimeout().toNanos();
        for (ChangeSubscriber subscriber : subscribers) {
            if (subscriber.gone()) {
                subscriber.close();
            } else if (subscriber.stalledFor(stall)) {
                LOG.infof("change stream: dropped a subscriber that took nothing for %s s; it resumes from its last id",
                        config.changeStream().stallTimeout().toSeconds());
                dropped.increment();
                subscriber.drop();
            }
        }
    }

    /** At the start of the shutdown delay, while readiness already says DOWN: clients reconnect elsewhere. */
    void closeAtShutdownDelay(@Observes ShutdownDelayInitiatedEvent shutdown) {
        closeAll();
    }

    /** When there is no shutdown delay (tests), at shutdown. */
    void closeAtShutdown(@Observes ShutdownEvent shutdown) {
        closeAll();
    }

    private void closeAll() {
        closing = true;
        List.copyOf(subscribers).forEach(ChangeSubscriber::close);
    }

    @PreDestroy
    void stop() {
        clock.shutdownNow();
        readers.shutdownNow();
    }

    @Override
    public List<Revision> page(ChangeFeedQuery query, long after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> revisions.findPage(null, query.since(), query.filter(), after, limit));
    }

    @Override
    public String json(Revision revision) {
        try {
            return json.writeValueAsString(RevisionView.of(revision));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a revision that cannot be written as JSON: " + revision.revision(), e);
        }
    }

    @Override
    public long latest() {
        return notifications.latest();
    }

    @Override
    public Executor readers() {
        return readers;
    }

    @Override
    public void closed(ChangeSubscriber subscriber) {
        if (subscribers.remove(subscriber)) {
            admitted.decrementAndGet();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
