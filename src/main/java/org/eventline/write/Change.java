package org.eventline.write;

import org.eventline.vocabulary.Coded;

/** What a revision did to its event. */
public enum Change implements Coded {
    CREATED, UPDATED, RETIRED
}
