package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** What a place's point stands for: the site itself, or the centroid of something larger. */
public enum LocationPrecision implements Coded {
    EXACT, NEAR, TOWN, DISTRICT, REGION, AREA, COUNTRY;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<LocationPrecision> {
        public Column() {
            super(LocationPrecision.class);
        }
    }
}
