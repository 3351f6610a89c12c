package org.eventline.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eventline.actor.Actor;
import org.eventline.actor.ActorRepository;
import org.eventline.dataset.DatasetDocument.ActorEntry;
import org.eventline.dataset.DatasetDocument.LocationEntry;
import org.eventline.dataset.DatasetDocument.SourceEntry;
import org.eventline.dataset.ImportReport.Counts;
import org.eventline.history.EventRevisionRepository;
import org.eventline.location.Location;
import org.eventline.location.LocationRepository;
import org.eventline.source.Source;
import org.eventline.source.SourceRepository;
import org.eventline.web.DataVersion.DataChanged;

/**
 * Loads a dataset document in one transaction: sources, actors and places by slug, then events by
 * external key. Records already stored are left as they are, so loading the same document twice
 * changes nothing. Any problem anywhere rejects the whole document, listing every problem.
 */
@ApplicationScoped
public class DatasetImporter {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    @Inject
    EntityManager entityManager;
    @Inject
    SourceRepository sourceRepository;
    @Inject
    ActorRepository actorRepository;
    @Inject
    LocationRepository locationRepository;
    @Inject
    EventAssembler eventAssembler;
    @Inject
    EventRevisionRepository revisions;
    @Inject
    EntryConstraints constraints;
    @Inject
    jakarta.enterprise.event.Event<DataChanged> dataChanged;

    @Transactional
    public ImportReport importDocument(DatasetDocument document) {
        // one writer at a time, across replicas: see EventRevisionRepository
        revisions.lockForWrite();
        dataChanged.fire(new DataChanged());
        Problems problems = new Problems();
        RecordReferences references = newReferences();
        Counts sourceCounts = importAll("sources", document.sources(), SourceEntry::slug, references.sources(),
                (entry, path) -> newSource(entry, path, problems), problems);
        Counts actorCounts = importAll("actors", document.actors(), ActorEntry::slug, references.actors(),
                (entry, path) -> newActor(entry, path, references.actors(), problems), problems);
        Counts locationCounts = importAll("locations", document.locations(), LocationEntry::slug, references.locations(),
                (entry, path) -> newLocation(entry, path, references.locations(), problems), problems);
        entityManager.flush();
        problems.throwIfAny();
        Counts eventCounts = eventAssembler.importEvents(orEmpty(document.events()), references.sources(),
                references.actors(), references.locations(), problems,
                "dataset " + document.dataset());
        problems.throwIfAny();
        return new ImportReport(sourceCounts, actorCounts, locationCounts, eventCounts);
    }

    /** The three kinds of record an event names, each resolved by slug. */
    record RecordReferences(References<Source> sources, References<Actor> actors, References<Location> locations) {
    }

    RecordReferences newReferences() {
        return new RecordReferences(new References<>("source", sourceRepository::findBySlug),
                new References<>("actor", actorRepository::findBySlug),
                new References<>("location", locationRepository::findBySlug));
    }

    /**
     * Declares the records an import line includes: each one whose slug is neither declared nor
     * stored is checked and created. Problems are named under {@code includes}.
     */
    void declareIncluded(List<SourceEntry> sources, List<ActorEntry> actors, List<LocationEntry> locations,
            RecordReferences references, Problems problems) {
        importAll("includes.sources", sources, SourceEntry::slug, references.sources(),
                (entry, path) -> newSource(entry, path, problems), problems);
        importAll("includes.actors", actors, ActorEntry::slug, references.actors(),
                (entry, path) -> newActor(entry, path, references.actors(), problems), problems);
        importAll("includes.locations", locations, LocationEntry::slug, references.locations(),
                (entry, path) -> newLocation(entry, path, references.locations(), problems), problems);
    }

    /** Creates each entry whose slug is not declared or stored yet; entries come in order, parents before children. */
    private <E, T> Counts importAll(String field, List<E> entries, Function<E, String> slugOf,
            References<T> references, EntryFactory<E, T> factory, Problems problems) {
        int created = 0;
        int unchanged = 0;
        List<E> list = orEmpty(entries);
        for (int i = 0; i < list.size(); i++) {
            String path = field + "[" + i + "]";
            E entry = list.get(i);
            String slug = slugOf.apply(entry);
            if (!checkSlug(slug, Problems.field(path, "slug"), problems)) {
                continue;
            }
            if (references.find(slug).isPresent()) {
                unchanged++;
                continue;
            }
            T record = factory.create(entry, path);
            if (record != null) {
                entityManager.persist(record);
                references.declare(slug, record);
                created++;
            }
        }
        return new Counts(created, unchanged);
    }

    Source newSource(SourceEntry entry, String path, Problems problems) {
        constraints.check(entry, path, problems);
        boolean complete = problems.require(entry.kind(), Problems.field(path, "kind"))
                & problems.require(entry.publisher(), Problems.field(path, "publisher"))
                & problems.require(entry.title(), Problems.field(path, "title"));
        if (entry.url() != null && !entry.url().matches("https?://\\S+")) {
            problems.add(Problems.field(path, "url"), "must be an http or https address");
            complete = false;
        }
        if (!complete) {
            return null;
        }
        Source source = new Source();
        source.id = idOrNew(entry.id());
        source.slug = entry.slug();
        source.kind = entry.kind();
        source.publisher = entry.publisher();
        source.title = entry.title();
        source.url = entry.url();
        source.publishedOn = entry.publishedOn();
        source.language = entry.language();
        source.description = entry.description();
        return source;
    }

    Actor newActor(ActorEntry entry, String path, References<Actor> actors, Problems problems) {
        constraints.check(entry, path, problems);
        boolean complete = problems.require(entry.name(), Problems.field(path, "name")) & problems.require(entry.kind(), Problems.field(path, "kind"));
        if (entry.wikidataId() != null && !entry.wikidataId().matches("Q[0-9]+")) {
            problems.add(Problems.field(path, "wikidata_id"), "must look like Q159");
            complete = false;
        }
        Actor affiliation = entry.affiliation() == null ? null
                : actors.resolve(entry.affiliation(), Problems.field(path, "affiliation"), problems);
        if (!complete || (entry.affiliation() != null && affiliation == null)) {
            return null;
        }
        Actor actor = new Actor();
        actor.id = idOrNew(entry.id());
        actor.slug = entry.slug();
        actor.name = entry.name();
        actor.kind = entry.kind();
        actor.aliases = new ArrayList<>(orEmpty(entry.aliases()));
        actor.affiliation = affiliation;
        actor.wikidataId = entry.wikidataId();
        actor.description = entry.description();
        return actor;
    }

    Location newLocation(LocationEntry entry, String path, References<Location> locations, Problems problems) {
        constraints.check(entry, path, problems);
        boolean complete = problems.require(entry.name(), Problems.field(path, "name"))
                & problems.require(entry.kind(), Problems.field(path, "kind"))
                & problems.require(entry.locationPrecision(), Problems.field(path, "location_precision"));
        if (entry.point() != null) {
            complete &= checkPoint(entry.point(), Problems.field(path, "point"), problems);
        }
        Location parent = entry.parent() == null ? null : locations.resolve(entry.parent(), Problems.field(path, "parent"), problems);
        if (!complete || (entry.parent() != null && parent == null)) {
            return null;
        }
        Location location = new Location();
        location.id = idOrNew(entry.id());
        location.slug = entry.slug();
        location.name = entry.name();
        location.kind = entry.kind();
        location.parent = parent;
        location.aliases = new ArrayList<>(orEmpty(entry.aliases()));
        location.longitude = entry.point() == null ? null : entry.point().lon();
        location.latitude = entry.point() == null ? null : entry.point().lat();
        location.locationPrecision = entry.locationPrecision();
        location.description = entry.description();
        return location;
    }

    private static boolean checkPoint(DatasetDocument.Point point, String path, Problems problems) {
        boolean valid = true;
        if (point.lon() == null || point.lon() < -180 || point.lon() > 180) {
            problems.add(Problems.field(path, "lon"), "must be a longitude between -180 and 180");
            valid = false;
        }
        if (point.lat() == null || point.lat() < -90 || point.lat() > 90) {
            problems.add(Problems.field(path, "lat"), "must be a latitude between -90 and 90");
            valid = false;
        }
        return valid;
    }

    /** Whether the slug is there and well formed; records a problem at the path when not. */
    static boolean checkSlug(String slug, String path, Problems problems) {
        if (!problems.require(slug, path)) {
            return false;
        }
        if (!slug.matches(SLUG)) {
            problems.add(path, "must be lowercase letters and digits joined by single hyphens, like 'east-aleppo'");
            return false;
        }
        return true;
    }

    static UUID idOrNew(UUID id) {
        return id != null ? id : UUID.randomUUID();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    @FunctionalInterface
    private interface EntryFactory<E, T> {
        T create(E entry, String path);
    }
}
