package org.eventline.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.eventline.config.EventlineConfig;

/**
 * The instance's one listener for committed revisions (V030's notifications), on a connection of its
 * own, never the pool's: a LISTEN holds its connection for as long as the instance runs. It reconnects
 * by itself when the database comes back, and reads the newest revision on every tick, so a lost
 * notification delays a change by one tick at most.
 */
@ApplicationScoped
public class ChangeNotifications {

    /** The channel V030's trigger notifies. */
    static final String CHANNEL = "eventline_revisions";
    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;
    @Inject
    EventlineConfig config;
    @Inject
    Event<NewRevisions> newRevisions;

    private final AtomicLong latest = new AtomicLong();
    private volatile boolean running;
    private Thread listener;

    /** The newest revision known to be committed: every revision up to it is visible to a query started now. */
    public long latest() {
        return latest.get();
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        listener = new Thread(this::listen, "change-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        boolean lost = false;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("listen " + CHANNEL);
                }
                if (lost) {
                    LOG.info("change notifications: listening again");
                    lost = false;
                }
                // notifications sent while no connection listened are lost: read the table instead
                advance(newest(connection), true);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                int tick = (int) config.changeStream().tick().toMillis();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(tick);
                    if (received != null && received.length > 0) {
                        advance(highest(received), true);
                    } else {
                        advance(newest(connection), false);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // whatever failed, the listener lives on: it is the instance's only ear for other instances' writes
                if (running && !lost) {
                    LOG.warnf("change notifications: lost the database (%s); retrying every %s s", e.getMessage(),
                            RECONNECT_DELAY.toSeconds());
                    lost = true;
                }
                pause();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "eventline change notifications");
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "3");
        // a database that vanished without closing the connection is noticed at the next tick's query
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, properties);
    }

    private static long newest(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select coalesce(max(revision), 0) from event_revision")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long highest(PGNotification[] received) {
        long highest = 0;
        for (PGNotification notification : received) {
            try {
                highest = Math.max(highest, Long.parseLong(notification.getParameter()));
            } catch (NumberFormatException ignored) {
                // not one of V030's: wake the subscribers anyway, they read the table
            }
        }
        return highest;
    }

    /** Wakes the subscribers when the newest revision moved, or always (after a reconnection). */
    private void advance(long revision, boolean always) {
        long previous = latest.getAndAccumulate(revision, Math::max);
        if (always || revision > previous) {
            newRevisions.fire(new NewRevisions(latest.get()));
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
