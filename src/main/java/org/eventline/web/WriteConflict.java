package org.eventline.web;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

/**
 * A write that lost a race to another, told apart from bugs: the record changed or went since it
 * was read (its version no longer matches), or another write took the same key or removed a
 * record this one names. Answered 409: the client reads again and retries.
 */
enum WriteConflict {
    STALE("Another write changed or retired this record since it was read; read it again and retry."),
    DUPLICATE("Another write stored a record with the same id, slug or key first; read it and retry."),
    MISSING_REFERENCE("A record this write names was removed by another write meanwhile; check the references and retry.");

    private final String detail;

    WriteConflict(String detail) {
        this.detail = detail;
    }

    String detail() {
        return detail;
    }

    /** The conflict behind an exception, looking through its causes; empty for anything else. */
    static Optional<WriteConflict> of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Optional.of(STALE);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505":
                        return Optional.of(DUPLICATE);
                    case "23503":
                        return Optional.of(MISSING_REFERENCE);
                    case "40001", "40P01":
                        return Optional.of(STALE);
                    default:
                        break;
                }
            }
        }
        return Optional.empty();
    }
}
