package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** Which of a claimant's estimates a figure is, when the claimant publishes several (UCDP: low, best, high). */
public enum Estimate implements Coded {
    BEST, LOW, HIGH;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<Estimate> {
        public Column() {
            super(Estimate.class);
        }
    }
}
