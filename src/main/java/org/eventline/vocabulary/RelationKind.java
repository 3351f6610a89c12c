package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** How one event relates to another. */
public enum RelationKind implements Coded {
    PART_OF, RESPONSE_TO, FOLLOWS, CAUSED_BY, RELATED_TO;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<RelationKind> {
        public Column() {
            super(RelationKind.class);
        }
    }
}
