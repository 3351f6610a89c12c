package org.eventline.event;

import static org.eventline.write.Entries.idOrNew;
import static org.eventline.write.Entries.orEmpty;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.actor.Actor;
import org.eventline.actor.ActorRecords;
import org.eventline.catalog.Dataset;
import org.eventline.catalog.DatasetReferences;
import org.eventline.catalog.DatasetRepository;
import org.eventline.event.EventEntry.ClaimEntry;
import org.eventline.event.EventEntry.CodeEntry;
import org.eventline.event.EventEntry.PointEntry;
import org.eventline.location.Location;
import org.eventline.location.LocationRecords;
import org.eventline.source.Source;
import org.eventline.source.SourceRecords;
import org.eventline.taxonomy.EventType;
import org.eventline.taxonomy.EventTypeRepository;
import org.eventline.time.DateEnvelope;
import org.eventline.vocabulary.LocationRole;
import org.eventline.write.Change;
import org.eventline.write.EntryConstraints;
import org.eventline.write.Problems;
import org.eventline.write.RecordCounts;
import org.eventline.write.References;
import org.eventline.write.WriteTransaction;

/** Turns event entries (a dataset's, a write body, an import line) into events, checking every field and reference. */
@ApplicationScoped
public class EventAssembler {

    @Inject
    EventRepository eventRepository;
    @Inject
    EventTypeRepository eventTypeRepository;
    @Inject
    RetiredEvents retired;
    @Inject
    WriteTransaction transaction;
    @Inject
    EntryConstraints constraints;
    @Inject
    SourceRecords sourceRecords;
    @Inject
    ActorRecords actorRecords;
    @Inject
    LocationRecords locationRecords;
    @Inject
    DatasetRepository datasetRepository;

    /** References that resolve slugs among stored records, and among those a write declares; events join the curators' dataset. */
    public RecordReferences newReferences() {
        return newReferences(datasetRepository.findBySlug(Dataset.CURATED).orElseThrow());
    }

    /** References for a write whose events join this dataset unless they name another. */
    public RecordReferences newReferences(Dataset dataset) {
        return new RecordReferences(sourceRecords.newReferences(), actorRecords.newReferences(),
                locationRecords.newReferences(), new DatasetReferences(datasetRepository, dataset));
    }

    /**
     * Creates the events of a dataset document that are not stored yet (nor retired), in the
     * write's transaction, with their revisions; throws listing every problem.
     */
    public RecordCounts importEvents(List<EventEntry> entries, RecordReferences references, Problems problems,
            String author) {
        Map<UUID, Event> created = new HashMap<>();
        Map<Integer, Event> createdByIndex = new HashMap<>();
        int unchanged = 0;
        // an event a curator retired stays retired, even when the document loaded at every start names it
        Set<String> retiredKeys = retired.findRetiredKeys(
                entries.stream().map(EventEntry::key).filter(Objects::nonNull).toList());
        for (int i = 0; i < entries.size(); i++) {
            EventEntry entry = entries.get(i);
            if (findExisting(entry).isPresent() || isRetired(entry, retiredKeys)) {
                unchanged++;
                continue;
            }
            Event event = assemble(entry, "events[" + i + "]", references, problems);
            if (event != null) {
                created.put(event.id, event);
                createdByIndex.put(i, event);
            }
        }
        // relations may point to events later in the document, so they are linked once all exist
        createdByIndex.forEach((i, event) -> linkRelated(event, entries.get(i), "events[" + i + "]", created, problems));
        problems.throwIfAny();
        created.values().forEach(eventRepository::persist);
        transaction.eventsChanged(created.keySet(), Change.CREATED, author);
        return new RecordCounts(created.size(), unchanged);
    }

    /**
     * One event from a write's body, every reference resolved among stored records; its id is the
     * given one. Throws listing every problem, at paths relative to the body (claims[0].min).
     */
    Event assembleOne(UUID id, EventEntry entry) {
        Problems problems = new Problems();
        Event event = assembleLine(entry, newReferences(), problems);
        event.id = id;
        problems.throwIfAny();
        return event;
    }

    /** One event of an import line, its problems at paths relative to the line (claims[0].min). */
    public Event assembleLine(EventEntry entry, RecordReferences references, Problems problems) {
        Event event = assemble(entry, "", references, problems);
        linkRelated(event, entry, "", Map.of(), problems);
        return event;
    }

    private boolean isRetired(EventEntry entry, Set<String> retiredKeys) {
        if (entry.key() != null) {
            return retiredKeys.contains(entry.key());
        }
        return entry.id() != null && retired.findRetirement(entry.id()).isPresent();
    }

    private Optional<Event> findExisting(EventEntry entry) {
        if (entry.key() != null) {
            return eventRepository.findByExternalKey(entry.key());
        }
        return entry.id() == null ? Optional.empty() : eventRepository.findByIdOptional(entry.id());
    }

    private Event assemble(EventEntry entry, String path, RecordReferences references, Problems problems) {
        References<Source> sources = references.sources();
        References<Actor> actors = references.actors();
        constraints.check(entry, path, problems);
        Event event = new Event();
        event.id = idOrNew(entry.id());
        event.externalKey = entry.key();
        event.dataset = references.datasets().resolve(entry.dataset(), Problems.field(path, "dataset"), problems);
        event.type = eventType(entry.type(), Problems.field(path, "type"), problems);
        if (problems.require(entry.title(), Problems.field(path, "title"))) {
            event.title = entry.title().strip();
        }
        event.summary = entry.summary() == null ? "" : entry.summary().strip();
        if (problems.require(entry.status(), Problems.field(path, "status"))) {
            event.status = entry.status();
        }
        DateEnvelope date = EntryDates.envelope(entry.date(), Problems.field(path, "date"), problems);
        if (date != null) {
            event.setDate(date);
        }
        addLocations(event, entry, path, references.locations(), problems);
        addSourcePoint(event, entry.point(), Problems.field(path, "point"), problems);
        event.aggregate = Boolean.TRUE.equals(entry.aggregate());
        addCodes(event, orEmpty(entry.codes()), path, problems);
        var participants = orEmpty(entry.actors());
        for (int i = 0; i < participants.size(); i++) {
            String at = Problems.field(path, "actors[" + i + "]");
            Actor actor = actors.resolve(participants.get(i).actor(), at + ".actor", problems);
            if (problems.require(participants.get(i).role(), at + ".role") && actor != null) {
                event.actors.add(new EventActor(actor, participants.get(i).role()));
            }
        }
        var citations = orEmpty(entry.sources());
        if (citations.isEmpty()) {
            problems.add(Problems.field(path, "sources"), "an event needs at least one source");
        }
        for (int i = 0; i < citations.size(); i++) {
            Source source = sources.resolve(citations.get(i).source(), Problems.field(path, "sources[" + i + "].source"), problems);
            if (source != null) {
                event.sources.add(new EventSource(source, citations.get(i).attribution()));
            }
        }
        var claims = orEmpty(entry.claims());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claim(claims.get(i), Problems.field(path, "claims[" + i + "]"), sources, actors, problems);
            if (claim != null) {
                claim.event = event;
                claim.position = i;
                event.claims.add(claim);
            }
        }
        var quotes = orEmpty(entry.quotes());
        for (int i = 0; i < quotes.size(); i++) {
            String at = Problems.field(path, "quotes[" + i + "]");
            Quote quote = new Quote();
            quote.id = UUID.randomUUID();
            quote.event = event;
            quote.position = i;
            quote.text = problems.require(quotes.get(i).text(), at + ".text") ? quotes.get(i).text() : null;
            quote.speaker = quotes.get(i).speaker() == null ? null
                    : actors.resolve(quotes.get(i).speaker(), at + ".speaker", problems);
            quote.source = sources.resolve(quotes.get(i).source(), at + ".source", problems);
            event.quotes.add(quote);
        }
        return event;
    }

    private EventType eventType(String code, String path, Problems problems) {
        if (!problems.require(code, path)) {
            return null;
        }
        EventType type = eventTypeRepository.findById(code);
        if (type == null) {
            problems.add(path, "unknown event type '" + code + "'; see GET /api/v1/event-types");
        }
        return type;
    }

    private void addLocations(Event event, EventEntry entry, String path, References<Location> locations,
            Problems problems) {
        if (entry.location() != null) {
            event.location = locations.resolve(entry.location(), Problems.field(path, "location"), problems);
        }
        var places = orEmpty(entry.locations());
        for (int i = 0; i < places.size(); i++) {
            String at = Problems.field(path, "locations[" + i + "]");
            Location location = locations.resolve(places.get(i).location(), at + ".location", problems);
            if (problems.require(places.get(i).role(), at + ".role") && location != null) {
                event.locations.add(new EventLocation(location, places.get(i).role()));
            }
        }
        // the primary place is always among the places, so a location filter finds the event through it
        boolean primaryListed = event.location == null
                || event.locations.stream().anyMatch(place -> place.location == event.location);
        if (!primaryListed) {
            event.locations.add(0, new EventLocation(event.location, LocationRole.SITE));
        }
    }

    /** The source's own point, checked as a place's point is, with what it stands for. */
    private static void addSourcePoint(Event event, PointEntry point, String path, Problems problems) {
        if (point == null) {
            return;
        }
        boolean valid = LocationRecords.checkPosition(point.lon(), point.lat(), path, problems)
                & problems.require(point.precision(), Problems.field(path, "precision"));
        if (valid) {
            event.pointLongitude = point.lon();
            event.pointLatitude = point.lat();
            event.pointPrecision = point.precision();
        }
    }

    /** The source's codes, each scheme a lowercase word (ucdp_conflict) and each pair once. */
    private static void addCodes(Event event, List<CodeEntry> codes, String path, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String at = Problems.field(path, "codes[" + i + "]");
            CodeEntry code = codes.get(i);
            boolean complete = problems.require(code.scheme(), at + ".scheme") & problems.require(code.code(), at + ".code");
            if (!complete) {
                continue;
            }
            if (!EventCode.SCHEME.matcher(code.scheme()).matches()) {
                problems.add(at + ".scheme", "must be lowercase letters, digits and underscores, starting with a letter "
                        + "(such as ucdp_conflict), got '" + code.scheme() + "'");
            } else if (!seen.add(code.scheme() + ":" + code.code())) {
                problems.add(at, "repeats " + code.scheme() + ":" + code.code());
            } else {
                event.codes.add(new EventCode(code.scheme(), code.code(), code.label()));
            }
        }
    }

    private Claim claim(ClaimEntry entry, String path, References<Source> sources, References<Actor> actors,
            Problems problems) {
        boolean complete = problems.require(entry.measure(), Problems.field(path, "measure"))
                & problems.require(entry.qualifier(), Problems.field(path, "qualifier"))
                & problems.require(entry.verification(), Problems.field(path, "verification"));
        if (entry.min() != null && entry.max() != null && entry.min() > entry.max()) {
            problems.add(Problems.field(path, "min"), "min (" + entry.min() + ") is above max (" + entry.max() + ")");
        }
        rejectNegative(entry.min(), Problems.field(path, "min"), problems);
        rejectNegative(entry.max(), Problems.field(path, "max"), problems);
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.measure = entry.measure();
        claim.affectedGroup = entry.group();
        claim.min = entry.min();
        claim.max = entry.max();
        claim.qualifier = entry.qualifier();
        claim.estimate = entry.estimate();
        claim.reportedAs = entry.reportedAs();
        claim.verification = entry.verification();
        claim.attributedTo = actors.resolve(entry.attributedTo(), Problems.field(path, "attributed_to"), problems);
        claim.source = sources.resolve(entry.source(), Problems.field(path, "source"), problems);
        if (entry.groupActor() != null) {
            claim.groupActor = actors.resolve(entry.groupActor(), Problems.field(path, "group_actor"), problems);
        }
        if (entry.period() != null) {
            claim.setPeriod(EntryDates.envelope(entry.period(), Problems.field(path, "period"), problems));
        }
        return complete ? claim : null;
    }

    private static void rejectNegative(Long value, String path, Problems problems) {
        if (value != null && value < 0) {
            problems.add(path, "must not be negative");
        }
    }

    private void linkRelated(Event event, EventEntry entry, String path, Map<UUID, Event> created, Problems problems) {
        var relations = orEmpty(entry.related());
        for (int i = 0; i < relations.size(); i++) {
            String at = Problems.field(path, "related[" + i + "]");
            UUID target = relations.get(i).event();
            if (!problems.require(target, at + ".event") || !problems.require(relations.get(i).relation(), at + ".relation")) {
                continue;
            }
            Event related = created.containsKey(target) ? created.get(target) : eventRepository.findById(target);
            if (related == null) {
                problems.addUnknownReference(at + ".event", "no event with id " + target);
            } else {
                event.related.add(new EventRelation(related, relations.get(i).relation()));
            }
        }
    }
}
