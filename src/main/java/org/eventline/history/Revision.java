package org.eventline.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eventline.write.Change;

/** One stored revision of an event: the change, when and by whom, and the event's JSON after it. */
public record Revision(long revision, UUID eventId, Change change, Instant changedAt, String author,
        List<String> changedFields, String document) {
}
