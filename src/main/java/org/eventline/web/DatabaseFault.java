package org.eventline.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

/**
 * The database faults a client can do nothing about but retry, told apart from bugs: the
 * database unreachable, every pooled connection busy, or a query cancelled by the statement
 * timeout. Each is answered 503 with Retry-After, never 500.
 */
enum DatabaseFault {
    UNAVAILABLE("database-unavailable", "The database cannot be reached right now; retry shortly."),
    BUSY("service-busy", "Every database connection is busy; retry shortly."),
    QUERY_TIMEOUT("query-timeout", "The query ran longer than allowed and was cancelled; narrow the filters or retry later.");

    private final String problemType;
    private final String detail;

    DatabaseFault(String problemType, String detail) {
        this.problemType = problemType;
        this.detail = detail;
    }

    String problemType() {
        return problemType;
    }

    String detail() {
        return detail;
    }

    /** The fault behind an exception, looking through its causes; empty for anything else. */
    static Optional<DatabaseFault> of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("acquisition timeout")) {
                return Optional.of(BUSY);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("57014")) {
                    return Optional.of(QUERY_TIMEOUT);
                }
                // 08: connection exceptions; 57P01-57P03: the server shutting down or not accepting
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return Optional.of(UNAVAILABLE);
                }
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return Optional.of(UNAVAILABLE);
            }
        }
        return Optional.empty();
    }
}
