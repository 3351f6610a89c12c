package org.eventline.stats;

import org.eventline.vocabulary.Coded;

/** What the counts of a bucket are split by. */
public enum TimelineGrouping implements Coded {
    TYPE, CATEGORY, ACTOR, LOCATION
}
