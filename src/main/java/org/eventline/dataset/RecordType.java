package org.eventline.dataset;

/** The kinds of record curators write beside events, each named by slug. */
public enum RecordType {
    ACTOR, LOCATION, SOURCE
}
