package org.eventline.event;

import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders each event's JSON once, when it is written, and stores it beside the event (V011), so
 * that reads serve stored JSON. Whoever writes an event, or a record its JSON shows (an actor's
 * name, a place, a source, a related event's title), must render the events concerned again.
 */
@ApplicationScoped
public class EventDocuments {

    @Inject
    ObjectMapper objectMapper;
    @Inject
    EventRepository repository;

    /** Renders and stores the documents of these events, loaded in the current transaction. */
    public void render(Collection<Event> events) {
        repository.flush();
        Map<UUID, String> rendered = new LinkedHashMap<>();
        for (Event event : events) {
            rendered.put(event.id, write(EventViews.of(event)));
        }
        repository.storeDocuments(rendered);
    }

    /** The JSON of an event, without storing it (the bulk writer stores it with the event). */
    public String document(Event event) {
        return write(EventViews.of(event));
    }

    /**
     * Whether two renderings of one event show the same thing, apart from what a rewrite changes
     * by itself (the times, the claims' ids).
     */
    public boolean sameContent(String stored, String rendered) {
        try {
            return withoutRewriteNoise(objectMapper.readTree(stored)).equals(withoutRewriteNoise(objectMapper.readTree(rendered)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored event document is not valid JSON", e);
        }
    }

    private static JsonNode withoutRewriteNoise(JsonNode document) {
        ObjectNode event = (ObjectNode) document;
        event.remove(List.of("created_at", "updated_at"));
        event.path("claims").forEach(claim -> ((ObjectNode) claim).remove("id"));
        return event;
    }

    /** Whether a rewrite of the stored event would change nothing a reader sees. */
    public boolean sameContent(Event stored, Event rewritten) {
        return EventViews.content(stored).equals(EventViews.content(rewritten));
    }

    /** An export needs the event as a record; pages are served as stored, without this. */
    public EventView read(String document) {
        try {
            return objectMapper.readValue(document, EventView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored event document is not valid JSON", e);
        }
    }

    private String write(EventView view) {
        try {
            return objectMapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot render an event document", e);
        }
    }
}
