package org.eventline.event;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eventline.vocabulary.RelationKind;

/** A link from an event to another (part of, response to, follows...). */
@Embeddable
public class EventRelation {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "related_event_id")
    public Event relatedEvent;

    public RelationKind relation;

    public EventRelation() {
    }

    public EventRelation(Event relatedEvent, RelationKind relation) {
        this.relatedEvent = relatedEvent;
        this.relation = relation;
    }
}
