package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** Whom a claim counts; unknown_status: the dead whose status (civilian or combatant) the source does not know. */
public enum ClaimGroup implements Coded {
    PEOPLE, CIVILIANS, CHILDREN, COMBATANTS, UNKNOWN_STATUS;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<ClaimGroup> {
        public Column() {
            super(ClaimGroup.class);
        }
    }
}
