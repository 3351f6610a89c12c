package org.eventline.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * The Hibernate session every read that a replica may serve runs on (event pages, exports and
 * counts, an event by id, claims, statistics): the request's own session on the primary, as for
 * every other query, or, once {@link #route} has sent the request to the replica, a read-only
 * session on one replica connection held for the whole request. One connection, so that the data
 * version behind the answer's ETag and every row of the answer come from the same server, even
 * behind a service that spreads connections over several replicas.
 */
@ApplicationScoped
public class ReadSessions {

    /** This request's replica connection and the data version read on it; empty while the request reads the primary. */
    @RequestScoped
    static class Routed {

        private Connection connection;
        private long dataVersion;
        private Session session;

        void hold(Connection replicaConnection, long version) {
            connection = replicaConnection;
            dataVersion = version;
        }

        boolean held() {
            return connection != null;
        }

        long dataVersion() {
            return dataVersion;
        }

        Session session(SessionFactory sessionFactory) {
            if (session == null) {
                session = sessionFactory.withOptions().connection(connection).autoJoinTransactions(false)
                        .flushMode(FlushMode.MANUAL).openSession();
                session.setDefaultReadOnly(true);
            }
            return session;
        }

        @PreDestroy
        void release() {
            if (session != null) {
                session.close();
            }
            closeQuietly(connection);
        }
    }

    @Inject
    EntityManager entityManager;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    Replica replica;
    @Inject
    ReplicaMonitor monitor;
    @Inject
    Routed routed;

    /** The session this request's replica-readable queries run on. */
    public Session session() {
        if (!onReplica()) {
            return entityManager.unwrap(Session.class);
        }
        return routed.session(sessionFactory);
    }

    /** The data version on the server that serves this request's reads, when that is the replica. */
    public OptionalLong replicaDataVersion() {
        return onReplica() ? OptionalLong.of(routed.dataVersion()) : OptionalLong.empty();
    }

    /**
     * Sends this request's reads to the replica when it is serving and has replayed the given
     * position (a write the client made); otherwise they stay on the primary. Never fails: a
     * replica that cannot answer leaves the request on the primary.
     */
    public void route(Optional<WalPosition> writtenAt) {
        if (!monitor.serving()) {
            return;
        }
        AgroalDataSource pool = replica.pool().orElseThrow();
        Connection connection = null;
        try {
            connection = pool.getConnection();
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select (select version from data_version),"
                            + " coalesce(pg_last_wal_replay_lsn(), 'FFFFFFFF/FFFFFFFF')::text")) {
                row.next();
                long version = row.getLong(1);
                WalPosition replayed = WalPosition.parse(row.getString(2)).orElseThrow();
                if (writtenAt.isPresent() && !replayed.reached(writtenAt.get())) {
                    closeQuietly(connection);
                    return;
                }
                routed.hold(connection, version);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            // every replica connection busy: this request reads the primary; anything else means the replica is down
            if (!String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                monitor.failed(e);
            }
        }
    }

    private boolean onReplica() {
        return replica.configured() && Arc.container().requestContext().isActive() && routed.held();
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // a broken connection: the pool drops it
        }
    }
}
