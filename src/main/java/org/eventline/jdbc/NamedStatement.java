package org.eventline.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.Session;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * SQL with :named parameters (never a "::" cast), prepared on a JDBC connection with its values
 * bound in order. The list pages run through this rather than a Hibernate native query: without
 * Hibernate's query creation and result handling a page cost 17-24 % less of the app's CPU (src/bench).
 * Counts and aggregates over the same conditions bind them the same way, through Hibernate's own
 * JDBC coordinator, which logs, counts and times them out like any statement of its own.
 */
public record NamedStatement(String sql, Map<String, Object> parameters) {

    /** The statement as JDBC takes it: "?" for each name, and the values in that order. */
    public record Positional(String sql, List<Object> values) {
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The rows, run through the session's JDBC coordinator (Hibernate sees the statement, its statistics count it). */
    public <T> List<T> list(Session session, RowReader<T> reader) {
        JdbcCoordinator jdbc = session.unwrap(SharedSessionContractImplementor.class).getJdbcCoordinator();
        Positional positional = positional();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(positional.sql());
        try {
            bindAll(statement.getConnection(), statement, positional.values());
            return read(jdbc.getResultSetReturn().extract(statement, positional.sql()), reader);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the rows of " + positional.sql(), e);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    /** The rows, run on the session's connection directly: the page's path, without Hibernate's statement handling. */
    public <T> List<T> listDirectly(Session session, RowReader<T> reader) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection); ResultSet rows = statement.executeQuery()) {
                return read(rows, reader);
            }
        });
    }

    private static <T> List<T> read(ResultSet rows, RowReader<T> reader) throws SQLException {
        List<T> read = new ArrayList<>();
        while (rows.next()) {
            read.add(reader.read(rows));
        }
        return read;
    }

    public Positional positional() {
        ParsedSql parsed = ParsedSql.of(sql);
        List<Object> values = new ArrayList<>(parsed.names().size());
        for (String name : parsed.names()) {
            Object value = parameters.get(name);
            if (value == null) {
                throw new IllegalStateException("no value for the parameter :" + name);
            }
            values.add(value);
        }
        return new Positional(parsed.jdbcSql(), values);
    }

    public PreparedStatement prepare(Connection connection) throws SQLException {
        Positional positional = positional();
        PreparedStatement statement = connection.prepareStatement(positional.sql());
        try {
            bindAll(connection, statement, positional.values());
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    private static void bindAll(Connection connection, PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            bind(connection, statement, i + 1, values.get(i));
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int position, Object value) throws SQLException {
        if (value instanceof String[] texts) {
            statement.setArray(position, connection.createArrayOf("text", texts));
        } else if (value instanceof UUID[] ids) {
            statement.setArray(position, connection.createArrayOf("uuid", ids));
        } else if (value instanceof Instant instant) {
            statement.setObject(position, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            // String, UUID, LocalDate, numbers: the driver maps each to its PostgreSQL type
            statement.setObject(position, value);
        }
    }
}
