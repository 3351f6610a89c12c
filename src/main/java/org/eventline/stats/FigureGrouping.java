package org.eventline.stats;

import org.eventline.vocabulary.Coded;
import org.eventline.vocabulary.LocationKind;

/** What the figures of a series are split by: the event's primary place or a place containing it, its actors, or the claim's group actor. */
public enum FigureGrouping implements Coded {
    LOCATION(null), COUNTRY(LocationKind.COUNTRY), GOVERNORATE(LocationKind.GOVERNORATE), DISTRICT(LocationKind.DISTRICT),
    CITY(LocationKind.CITY), ACTOR(null), GROUP_ACTOR(null);

    private final LocationKind placeKind;

    FigureGrouping(LocationKind placeKind) {
        this.placeKind = placeKind;
    }

    /** The kind of place containing the primary place that the figures are split by; null when not a place level. */
    public LocationKind placeKind() {
        return placeKind;
    }

    /** Whether the group keys are places (else actors). */
    public boolean byPlace() {
        return this == LOCATION || placeKind != null;
    }
}
