package org.eventline.dataset;

import java.util.List;

import org.eventline.actor.ActorEntry;
import org.eventline.event.EventEntry;
import org.eventline.location.LocationEntry;
import org.eventline.source.SourceEntry;

/**
 * A dataset as written by curators and importers: sources, actors, places and events, which refer
 * to each other by slug (and events to events by id). The bundled seed is one of these.
 */
public record DatasetDocument(
        String dataset,
        List<SourceEntry> sources,
        List<ActorEntry> actors,
        List<LocationEntry> locations,
        List<EventEntry> events) {
}
