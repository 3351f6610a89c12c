package org.eventline.history;

import org.eventline.vocabulary.Coded;

/** What a revision did to its event. */
public enum Change implements Coded {
    CREATED, UPDATED, RETIRED
}
