package org.eventline.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

/** The row count of every table a write can touch: a refused request must leave them all as they were. */
public final class StoredRows {

    private static final String[] TABLES = {"event", "event_actor", "event_location", "event_source", "event_relation",
        "claim", "quote", "actor", "location", "source", "event_revision"};

    private StoredRows() {
    }

    public static Map<String, Long> count(DataSource dataSource) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
