package org.eventline.event;

import org.eventline.actor.Actor;
import org.eventline.catalog.DatasetReferences;
import org.eventline.location.Location;
import org.eventline.source.Source;
import org.eventline.write.References;

/**
 * The three kinds of record an event names, each resolved by slug: declared by the write, else stored;
 * and its dataset, named by slug or the write's own.
 */
public record RecordReferences(References<Source> sources, References<Actor> actors, References<Location> locations,
        DatasetReferences datasets) {
}
