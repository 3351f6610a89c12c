package org.eventline.event;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eventline.actor.Actor;
import org.eventline.vocabulary.ActorRole;

/** An actor of an event and its role there (perpetrator, target, speaker...). */
@Embeddable
public class EventActor {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    public ActorRole role;

    public EventActor() {
    }

    public EventActor(Actor actor, ActorRole role) {
        this.actor = actor;
        this.role = role;
    }
}
