package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** Whom a claim counts. */
public enum ClaimGroup implements Coded {
    PEOPLE, CIVILIANS, CHILDREN, COMBATANTS;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<ClaimGroup> {
        public Column() {
            super(ClaimGroup.class);
        }
    }
}
