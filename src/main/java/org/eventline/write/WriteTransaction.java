package org.eventline.write;

import java.util.Collection;
import java.util.UUID;

/**
 * The common tail of every write, owned in one place (history implements it): the one order of
 * writes, then everything a change must bring up to date in the same transaction. Every writer
 * calls {@link #begin()} before its first write and one of the others after its last.
 */
public interface WriteTransaction {

    /** Takes this write's place in the one order of writes (across replicas); call before writing anything. */
    void begin();

    /**
     * These events changed (or show a record that did): flushes, brings their search documents
     * and JSON up to date, records a revision of each whose JSON changed, and tells readers.
     */
    void eventsChanged(Collection<UUID> eventIds, Change change, String author);

    /**
     * These events show a record that gained names (a merge gives the record merged into the other's
     * names as aliases): their JSON is as it was, their search documents are rebuilt.
     */
    void namesChanged(Collection<UUID> eventIds);

    /** Records changed that no event shows (yet or any more): flushes and tells readers. */
    void recordsChanged();

    /** Records the retirement of the event with its last JSON; call before deleting it, then {@link #recordsChanged()}. */
    void retiring(UUID eventId, String author);
}
