package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** What sort of actor this is. */
public enum ActorKind implements Coded {
    STATE, GOVERNMENT, GOVERNMENT_BODY, ARMED_FORCES, ARMED_GROUP, PERSON, ORGANISATION, MONITOR, MEDIA, INTERNATIONAL_ORGANISATION, GROUP;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<ActorKind> {
        public Column() {
            super(ActorKind.class);
        }
    }
}
