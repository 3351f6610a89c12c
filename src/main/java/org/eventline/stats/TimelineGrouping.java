package org.eventline.stats;

import org.eventline.vocabulary.Coded;

/** What the counts of a bucket are split by. */
public enum TimelineGrouping implements Coded {
    TYPE, CATEGORY, ACTOR, LOCATION;

    /** Whether every event counts in exactly one group (its type, category or primary place; several actors). */
    public boolean countsEachEventOnce() {
        return this != ACTOR;
    }
}
