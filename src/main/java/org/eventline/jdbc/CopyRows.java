package org.eventline.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.postgresql.PGConnection;

import org.eventline.vocabulary.Coded;

/**
 * Rows for PostgreSQL's COPY in its text format, sent on the transaction's own connection: the
 * bulk writers' one way into the database (one statement per table per batch).
 */
public final class CopyRows {

    private final StringBuilder rows = new StringBuilder();

    /** Appends one row: tab-separated, \N for null, codes for vocabulary values, arrays as {a,b}. */
    public CopyRows add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            appendValue(values[i]);
        }
        rows.append('\n');
        return this;
    }

    /** Runs the COPY ... FROM STDIN statement with the rows added, if any. */
    public void copy(EntityManager entityManager, String statement) {
        if (rows.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> copyIn(connection, statement));
    }

    private void appendValue(Object value) {
        if (value == null) {
            rows.append("\\N");
            return;
        }
        if (value instanceof List<?> list) {
            // text[] of plain words (field names): no quoting needed
            rows.append('{').append(String.join(",", list.stream().map(String::valueOf).toList())).append('}');
            return;
        }
        String text = value instanceof Coded coded ? coded.code()
                : value instanceof Instant instant ? instant.toString()
                : value.toString();
        if (!needsEscape(text)) {
            rows.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                case '\t' -> rows.append("\\t");
                default -> rows.append(c);
            }
        }
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    private void copyIn(Connection connection, String statement) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
