package org.eventline.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;

/**
 * The read replica's connection pool (the datasource "replica"), when one is configured, and the
 * WAL positions the routing compares: the primary's after a write, the replica's replay.
 */
@ApplicationScoped
public class Replica {

    @Inject
    @DataSource("replica")
    InjectableInstance<AgroalDataSource> replicaSource;
    @Inject
    AgroalDataSource primary;

    /** Looked up once: whether a datasource is active is settled at start-up. */
    private volatile Optional<AgroalDataSource> pool;

    /** The replica's pool; empty when no replica URL is configured (the datasource is then inactive). */
    public Optional<AgroalDataSource> pool() {
        Optional<AgroalDataSource> found = pool;
        if (found == null) {
            found = replicaSource.listActive().stream().findFirst();
            pool = found;
        }
        return found;
    }

    public boolean configured() {
        return pool().isPresent();
    }

    /** Where the primary's log is now: at or after the end of every transaction committed so far. */
    public WalPosition primaryPosition() throws SQLException {
        try (Connection connection = primary.getConnection()) {
            return position(connection, "select pg_current_wal_lsn()::text");
        }
    }

    /**
     * How far this replica connection's server has replayed the primary's log. A server that is not
     * in recovery (a primary given as the replica) has everything it holds: it answers the highest position.
     */
    static WalPosition replayed(Connection connection) throws SQLException {
        return position(connection, "select coalesce(pg_last_wal_replay_lsn(), 'FFFFFFFF/FFFFFFFF')::text");
    }

    private static WalPosition position(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return WalPosition.parse(row.getString(1)).orElseThrow(() -> new SQLException("not a WAL position: " + sql));
        }
    }
}
