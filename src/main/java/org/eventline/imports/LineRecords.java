package org.eventline.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.actor.Actor;
import org.eventline.actor.ActorRecords;
import org.eventline.actor.ActorRepository;
import org.eventline.event.EventEntry;
import org.eventline.event.RecordReferences;
import org.eventline.location.Location;
import org.eventline.location.LocationRecords;
import org.eventline.location.LocationRepository;
import org.eventline.source.Source;
import org.eventline.source.SourceRecords;
import org.eventline.source.SourceRepository;
import org.eventline.write.DeclaredRecords;
import org.eventline.write.Entries;
import org.eventline.write.Problems;

/** The sources, actors and places import lines name: looked up per batch, and created when a line includes new ones. */
@ApplicationScoped
class LineRecords {

    @Inject
    SourceRepository sourceRepository;
    @Inject
    ActorRepository actorRepository;
    @Inject
    LocationRepository locationRepository;
    @Inject
    SourceRecords sourceRecords;
    @Inject
    ActorRecords actorRecords;
    @Inject
    LocationRecords locationRecords;

    /** The records a line includes whose slugs are new, checked; problems are named under {@code includes}. */
    Included declareIncluded(ImportLine.Read line, RecordReferences references, Problems problems) {
        return new Included(
                DeclaredRecords.check("includes.sources", line.sources(), sourceRecords, references.sources(), problems),
                DeclaredRecords.check("includes.actors", line.actors(), actorRecords, references.actors(), problems),
                DeclaredRecords.check("includes.locations", line.locations(), locationRecords, references.locations(), problems));
    }

    /** A line's new records: stored when the line is imported, forgotten when it is refused. */
    record Included(DeclaredRecords<Source> sources, DeclaredRecords<Actor> actors, DeclaredRecords<Location> locations) {

        void store() {
            sources.store();
            actors.store();
            locations.store();
        }

        void forget() {
            sources.forget();
            actors.forget();
            locations.forget();
        }
    }

    /** Looks up, in three queries, every slug a batch names, so that resolving them costs none. */
    void preload(List<ImportLine.Read> lines, RecordReferences references) {
        Set<String> sources = new HashSet<>();
        Set<String> actors = new HashSet<>();
        Set<String> locations = new HashSet<>();
        for (ImportLine.Read line : lines) {
            line.sources().forEach(source -> sources.add(source.slug()));
            line.actors().forEach(actor -> actors.add(actor.slug()));
            line.locations().forEach(location -> locations.add(location.slug()));
            EventEntry event = line.event();
            locations.add(event.location());
            Entries.orEmpty(event.locations()).forEach(place -> locations.add(place.location()));
            Entries.orEmpty(event.actors()).forEach(participant -> actors.add(participant.actor()));
            Entries.orEmpty(event.sources()).forEach(citation -> sources.add(citation.source()));
            Entries.orEmpty(event.claims()).forEach(claim -> {
                actors.add(claim.attributedTo());
                sources.add(claim.source());
            });
            Entries.orEmpty(event.quotes()).forEach(quote -> {
                actors.add(quote.speaker());
                sources.add(quote.source());
            });
        }
        references.sources().preload(withoutNulls(sources), sourceRepository::findBySlugs);
        references.actors().preload(withoutNulls(actors), actorRepository::findBySlugs);
        references.locations().preload(withoutNulls(locations), locationRepository::findBySlugs);
    }

    private static List<String> withoutNulls(Set<String> slugs) {
        return slugs.stream().filter(Objects::nonNull).toList();
    }
}
