package org.eventline.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.eventline.config.EventlineConfig;

/**
 * The data version (V010) that ETags derive from, read from the database at most once per
 * interval (eventline.etag.version-refresh) instead of once per request: reading it cost every
 * request a second pooled connection and round trip. A write committed by this instance is seen
 * at once (it fires {@link DataChanged}); one by another replica within the interval, well inside
 * the max-age=60 that responses allow caches anyway.
 */
@ApplicationScoped
public class DataVersion {

    /** Fired by writers inside their transaction; the version is read again once it has committed. */
    public record DataChanged() {
    }

    private record Reading(long version, long readAtNanos) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EventlineConfig config;

    private volatile Reading last;

    public long current() throws SQLException {
        Reading reading = last;
        long now = System.nanoTime();
        if (reading == null || now - reading.readAtNanos() >= config.etag().versionRefresh().toNanos()) {
            reading = new Reading(read(), now);
            last = reading;
        }
        return reading.version();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) DataChanged changed) {
        last = null;
    }

    private long read() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select version from data_version")) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
