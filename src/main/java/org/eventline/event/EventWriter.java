package org.eventline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eventline.web.ETags;
import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;
import org.eventline.write.Change;
import org.eventline.write.MergePatch;
import org.eventline.write.WriteTransaction;

/**
 * Creates, rewrites and retires single events. Every write checks its body and its If-Match,
 * takes its place in the one order of writes, renders the JSON of every event it changes and
 * records their revisions, all in one transaction: it lands whole or not at all.
 */
@ApplicationScoped
public class EventWriter {

    @Inject
    EventRepository events;
    @Inject
    EventAssembler assembler;
    @Inject
    EventDocuments documents;
    @Inject
    RetiredEvents retired;
    @Inject
    EventLookup lookup;
    @Inject
    WriteTransaction transaction;
    @Inject
    ObjectMapper objectMapper;

    /** An event as a write left it: its id and JSON. */
    public record Written(UUID id, byte[] document) {
        public EntityTag tag() {
            return ETags.ofJson(document);
        }
    }

    @Transactional
    public Written create(EventEntry entry, String author) {
        UUID id = entry.id() != null ? entry.id() : UUID.randomUUID();
        if (events.findByIdOptional(id).isPresent() || retired.findRetirement(id).isPresent()) {
            throw conflict("An event with id " + id + " exists or existed; ids are never reused. Leave id out to get a new one.");
        }
        Event event = assembler.assembleOne(id, entry);
        requireFreeKey(event.externalKey, id);
        transaction.begin();
        events.persist(event);
        transaction.eventsChanged(List.of(id), Change.CREATED, author);
        return new Written(id, storedDocument(id));
    }

    /** Replaces every field of the event with the body's; a body without key keeps the stored one. */
    @Transactional
    public Written replace(UUID id, String ifMatch, EventEntry entry, String author) {
        Event event = findCurrent(id, ifMatch);
        return rewrite(event, entry, author);
    }

    /** Applies a JSON Merge Patch (RFC 7396) to the event as a PUT body would show it. */
    @Transactional
    public Written patch(UUID id, String ifMatch, JsonNode patch, String author) throws JsonProcessingException {
        Event event = findCurrent(id, ifMatch);
        if (!patch.isObject()) {
            throw new InvalidInputException(List.of(InvalidInput.field("(body)", "a merge patch is a JSON object")));
        }
        JsonNode patched = MergePatch.apply(objectMapper.valueToTree(EventEntries.of(event)), patch);
        // the patched entry is read as a PUT body is: an unknown field is a 400 naming it
        return rewrite(event, objectMapper.treeToValue(patched, EventEntry.class), author);
    }

    /**
     * Takes the event off the timeline: it leaves every read, and its history and the change feed
     * keep it (the retirement revision holds its last JSON). Events that name it as related must
     * drop that link first, so no event ever shows a link to nothing.
     */
    @Transactional
    public void retire(UUID id, String ifMatch, String author) {
        Event event = findCurrent(id, ifMatch);
        List<UUID> relating = new ArrayList<>(events.findRelating(id));
        relating.remove(id);
        if (!relating.isEmpty()) {
            throw conflict("Events " + relating + " name this event as related; remove those links first.");
        }
        transaction.begin();
        transaction.retiring(id, author);
        events.delete(event);
        transaction.recordsChanged();
    }

    private Written rewrite(Event event, EventEntry entry, String author) {
        if (entry.id() != null && !entry.id().equals(event.id)) {
            throw new InvalidInputException(List.of(InvalidInput.field("id", "must be the event's id, " + event.id + ", or left out")));
        }
        Event rewritten = assembler.assembleOne(event.id, entry);
        if (rewritten.externalKey == null) {
            rewritten.externalKey = event.externalKey;
        }
        if (entry.dataset() == null) {
            rewritten.dataset = event.dataset;
        }
        if (documents.sameContent(event, rewritten)) {
            return new Written(event.id, storedDocument(event.id));
        }
        requireFreeKey(rewritten.externalKey, event.id);
        transaction.begin();
        copy(rewritten, event);
        // events that name this one as related show its title, type and date: they change with it
        List<UUID> changed = new ArrayList<>(List.of(event.id));
        events.findRelating(event.id).stream().filter(id -> !id.equals(event.id)).forEach(changed::add);
        transaction.eventsChanged(changed, Change.UPDATED, author);
        return new Written(event.id, storedDocument(event.id));
    }

    private void copy(Event from, Event to) {
        to.externalKey = from.externalKey;
        to.dataset = from.dataset;
        to.type = from.type;
        to.title = from.title;
        to.summary = from.summary;
        to.status = from.status;
        to.setDate(from.date());
        to.location = from.location;
        replaceAll(to.locations, from.locations);
        replaceAll(to.actors, from.actors);
        replaceAll(to.sources, from.sources);
        replaceAll(to.related, from.related);
        to.pointLongitude = from.pointLongitude;
        to.pointLatitude = from.pointLatitude;
        to.pointPrecision = from.pointPrecision;
        to.aggregate = from.aggregate;
        replaceAll(to.codes, from.codes);
        // a claim keeps its id where its position stays, so the event's JSON changes only where its figures do
        for (int i = 0; i < Math.min(from.claims.size(), to.claims.size()); i++) {
            from.claims.get(i).id = to.claims.get(i).id;
        }
        // claims and quotes are numbered per event: the old rows go before the new take their positions
        to.claims.clear();
        to.quotes.clear();
        events.flush();
        for (Claim claim : from.claims) {
            claim.event = to;
            to.claims.add(claim);
        }
        for (Quote quote : from.quotes) {
            quote.event = to;
            to.quotes.add(quote);
        }
    }

    private static <T> void replaceAll(List<T> target, List<T> source) {
        target.clear();
        target.addAll(source);
    }

    private Event findCurrent(UUID id, String ifMatch) {
        Event event = lookup.current(id);
        ETags.requireMatch(ifMatch, ETags.ofJson(storedDocument(id)), "event " + id);
        return event;
    }

    private void requireFreeKey(String key, UUID id) {
        if (key != null && events.findByExternalKey(key).filter(other -> !other.id.equals(id)).isPresent()) {
            throw conflict("Another event has the key '" + key + "'; keys name one imported record each.");
        }
    }

    private byte[] storedDocument(UUID id) {
        return events.findDocument(id).orElseThrow();
    }

    private static ClientErrorException conflict(String message) {
        return new ClientErrorException(message, Response.Status.CONFLICT);
    }
}
