package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** Whether an event has happened, is still going on, or is only planned. */
public enum EventStatus implements Coded {
    OCCURRED, ONGOING, PLANNED, CANCELLED;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<EventStatus> {
        public Column() {
            super(EventStatus.class);
        }
    }
}
