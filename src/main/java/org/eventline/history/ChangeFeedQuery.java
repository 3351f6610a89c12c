package org.eventline.history;

import java.time.Instant;

import org.eventline.web.Cursor;

/**
 * A read of the change feed, as parsed from its parameters: which revisions, in which cursor codec, and
 * after which revision number it starts.
 */
public record ChangeFeedQuery(Instant since, ChangeFilter filter, Cursor<Long> cursor, long after) {
}
