package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** The part an actor plays in one event. */
public enum ActorRole implements Coded {
    PERPETRATOR, TARGET, INITIATOR, RECIPIENT, PARTICIPANT, MEDIATOR, SPEAKER, CLAIMANT, SUBJECT, SUPPORTER, RESPONDER, PUBLISHER;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<ActorRole> {
        public Column() {
            super(ActorRole.class);
        }
    }
}
