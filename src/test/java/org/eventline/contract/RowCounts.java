package org.eventline.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eventline.support.TestServer;

/** The number of rows of every table a write can add to, read over a connection of the test's own: what an error answer must leave as it was. */
final class RowCounts implements AutoCloseable {

    private static final List<String> TABLES = List.of("event", "actor", "location", "source", "claim", "event_revision");

    private final Connection connection;

    RowCounts() throws SQLException {
        connection = DriverManager.getConnection(TestServer.url("test"), "postgres", "");
    }

    /** The counts as one comparable text: event=12 actor=3 ... */
    String now() {
        StringBuilder query = new StringBuilder("select ");
        for (String table : TABLES) {
            query.append(query.length() > 7 ? ", " : "").append("(select count(*) from ").append(table).append(")");
        }
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query.toString())) {
            row.next();
            StringBuilder counts = new StringBuilder();
            for (int i = 0; i < TABLES.size(); i++) {
                counts.append(TABLES.get(i)).append('=').append(row.getLong(i + 1)).append(' ');
            }
            return counts.toString().trim();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
