package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** How a figure was reported: exactly, at least, more than, as many as, about, or unspecified. */
public enum Qualifier implements Coded {
    EXACTLY, AT_LEAST, MORE_THAN, AS_MANY_AS, ABOUT, UNSPECIFIED;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<Qualifier> {
        public Column() {
            super(Qualifier.class);
        }
    }
}
