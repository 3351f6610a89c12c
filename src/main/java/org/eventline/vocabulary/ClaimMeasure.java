package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** What a claim counts. */
public enum ClaimMeasure implements Coded {
    KILLED, INJURED, KILLED_OR_INJURED, TRAPPED, BESIEGED, DISPLACED, STRIKES;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<ClaimMeasure> {
        public Column() {
            super(ClaimMeasure.class);
        }
    }
}
