package org.eventline.write;

/** Records created, and records already there (found by id, slug or external key) and left as they were. */
public record RecordCounts(int created, int unchanged) {
}
