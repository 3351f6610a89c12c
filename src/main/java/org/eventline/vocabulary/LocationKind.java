package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** What sort of place this is. */
public enum LocationKind implements Coded {
    COUNTRY, GOVERNORATE, CITY, DISTRICT, NEIGHBOURHOOD, FACILITY, REGION;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<LocationKind> {
        public Column() {
            super(LocationKind.class);
        }
    }
}
