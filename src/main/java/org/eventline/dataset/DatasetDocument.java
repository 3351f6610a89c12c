package org.eventline.dataset;

import java.util.List;

import org.eventline.actor.ActorEntry;
import org.eventline.event.EventEntry;
import org.eventline.location.LocationEntry;
import org.eventline.source.SourceEntry;

/**
 * A dataset as written by curators and importers: sources, actors, places and events, which refer
 * to each other by slug (and events to events by id). The bundled seed is one of these. Its events
 * join the dataset its slug names (unless one names another), created from {@code about} when new.
 */
public record DatasetDocument(
        String dataset,
        List<SourceEntry> sources,
        List<ActorEntry> actors,
        List<LocationEntry> locations,
        List<EventEntry> events,
        About about) {

    /** A document that says nothing about its dataset: a new one is titled by its slug, published by the curators. */
    public DatasetDocument(String dataset, List<SourceEntry> sources, List<ActorEntry> actors, List<LocationEntry> locations,
            List<EventEntry> events) {
        this(dataset, sources, actors, locations, events, null);
    }

    /** What /datasets shows of the dataset, to cite it: read when the dataset is new, else left as stored. */
    public record About(String title, String publisher, String version, String licence, String licenceUrl, String citation,
            String url) {
    }
}
