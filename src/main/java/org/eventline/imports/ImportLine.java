package org.eventline.imports;

import java.util.List;

import org.eventline.actor.ActorEntry;
import org.eventline.event.EventEntry;
import org.eventline.location.LocationEntry;
import org.eventline.source.SourceEntry;
import org.eventline.web.InvalidInput;

/** One line of an import, as its format reader made it: an event with the records it includes, or why it cannot be read. */
public sealed interface ImportLine {

    long number();

    /** An event entry, and the sources, actors and places it creates when their slugs are new (parents first). */
    record Read(long number, EventEntry event, List<SourceEntry> sources, List<ActorEntry> actors,
            List<LocationEntry> locations) implements ImportLine {
    }

    record Unreadable(long number, List<InvalidInput> problems) implements ImportLine {
    }
}
