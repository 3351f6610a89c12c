package org.eventline.history;

/**
 * Fired when revisions may have been committed since the last time: notified by PostgreSQL, seen on the
 * listener's tick, or possibly missed while its connection was lost. Subscribers then read the table.
 *
 * @param latest the newest revision number known to be committed
 */
public record NewRevisions(long latest) {
}
