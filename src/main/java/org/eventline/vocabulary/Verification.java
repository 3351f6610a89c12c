package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** How far a claim has been checked. */
public enum Verification implements Coded {
    UNVERIFIED, CORROBORATED, VERIFIED, DISPUTED;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<Verification> {
        public Column() {
            super(Verification.class);
        }
    }
}
