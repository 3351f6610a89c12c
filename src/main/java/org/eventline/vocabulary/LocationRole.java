package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** The part a place plays in one event. */
public enum LocationRole implements Coded {
    SITE, VENUE, AREA, SUBJECT, ORIGIN, DESTINATION;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<LocationRole> {
        public Column() {
            super(LocationRole.class);
        }
    }
}
