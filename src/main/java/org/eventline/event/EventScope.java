package org.eventline.event;

import java.util.UUID;

/**
 * The events an endpoint lists before any filter: every event, one actor's (/actors/{id}/events)
 * or one place's with every place inside it (/locations/{id}/events). The scope replaces the
 * actor or location parameter, as if the request had named it.
 */
public record EventScope(UUID actor, UUID location) {

    public static final EventScope ALL = new EventScope(null, null);

    public static EventScope ofActor(UUID actor) {
        return new EventScope(actor, null);
    }

    public static EventScope ofLocation(UUID location) {
        return new EventScope(null, location);
    }
}
