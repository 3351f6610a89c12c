package org.eventline.event;

import org.eventline.vocabulary.Coded;

/** How an event's date envelope is compared with the from/to period. */
public enum DateMatch implements Coded {
    /** The envelope intersects the period (the default: anything that may have happened in it). */
    OVERLAPS,
    /** The whole envelope lies inside the period. */
    WITHIN
}
