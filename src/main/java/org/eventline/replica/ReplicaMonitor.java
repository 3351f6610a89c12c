package org.eventline.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether the read replica may serve reads: it answers, and it lacks no write the primary had
 * longer ago than the configured lag. Checked on a timer by comparing WAL positions, so that the
 * measure needs no clock on the replica and stays right when the primary is idle: every check
 * notes where the primary's log is, and the replica is as stale as the oldest noted position it
 * has not replayed.
 */
@ApplicationScoped
public class ReplicaMonitor {

    private static final Logger LOG = Logger.getLogger(ReplicaMonitor.class);

    public enum State {
        /** No replica configured: every read goes to the primary. */
        NOT_CONFIGURED,
        /** Reachable and within the lag: routed reads go to it. */
        SERVING,
        /** Further behind than the lag: reads go to the primary until it catches up. */
        BEHIND,
        /** Unreachable (or not checked yet): reads go to the primary. */
        DOWN
    }

    /** The last check's outcome: the state, how stale the replica was, and why it is not serving. */
    public record Status(State state, Duration lag, String reason) {
    }

    private record Noted(long atNanos, WalPosition primary) {
    }

    @Inject
    Replica replica;
    @Inject
    ReplicaConfig config;

    /** Enough noted positions for hours of a stalled replica; beyond it the oldest is kept and the next ones dropped. */
    private static final int MAX_NOTED = 10_000;

    private final Deque<Noted> noted = new ArrayDeque<>();
    private volatile Status status = new Status(State.NOT_CONFIGURED, Duration.ZERO, "no replica is configured");
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        if (!replica.configured()) {
            return;
        }
        status = new Status(State.DOWN, Duration.ZERO, "not checked yet");
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "replica-monitor");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.checkInterval().toMillis();
        timer.scheduleWithFixedDelay(this::checkQuietly, 0, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    public Status status() {
        return status;
    }

    public boolean serving() {
        return status.state() == State.SERVING;
    }

    /** A request could not use the replica: reads leave it until the next check finds it back. */
    public void failed(SQLException cause) {
        if (serving()) {
            LOG.warnf("The read replica failed a request (%s); reads go to the primary until it answers again", cause.getMessage());
        }
        status = new Status(State.DOWN, status.lag(), "unreachable: " + cause.getMessage());
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.warn("Checking the read replica failed", e);
        }
    }

    synchronized void check() {
        long now = System.nanoTime();
        try {
            if (noted.size() >= MAX_NOTED) {
                Noted oldest = noted.removeFirst();
                noted.removeFirst();
                noted.addFirst(oldest);
            }
            noted.addLast(new Noted(now, replica.primaryPosition()));
        } catch (SQLException primaryDown) {
            // nothing to compare with; the primary's own health check reports this
            return;
        }
        AgroalDataSource pool = replica.pool().orElseThrow();
        WalPosition replayed;
        try (Connection connection = pool.getConnection()) {
            replayed = Replica.replayed(connection);
        } catch (SQLException e) {
            change(new Status(State.DOWN, status.lag(), "unreachable: " + e.getMessage()));
            return;
        }
        Duration lag = lag(replayed, now);
        boolean behind = lag.compareTo(config.maxLag()) > 0;
        change(behind ? new Status(State.BEHIND, lag, "it lacks writes the primary had " + lag.toMillis() + " ms ago")
                : new Status(State.SERVING, lag, null));
    }

    /** How long ago the primary had the oldest noted position the replica has not replayed; forgets what it no longer needs. */
    private Duration lag(WalPosition replayed, long now) {
        while (!noted.isEmpty() && replayed.reached(noted.peekFirst().primary())) {
            noted.removeFirst();
        }
        return noted.isEmpty() ? Duration.ZERO : Duration.ofNanos(now - noted.peekFirst().atNanos());
    }

    private void change(Status next) {
        if (next.state() != status.state()) {
            LOG.infof("Read replica: %s%s", next.state(), next.reason() == null ? "" : " (" + next.reason() + ")");
        }
        status = next;
    }
}
