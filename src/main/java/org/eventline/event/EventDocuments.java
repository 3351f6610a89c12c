package org.eventline.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.eventline.event.view.EventView;

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

    /** Reads stored documents, whose days and instants it parses without DateTimeFormatter. */
    private volatile ObjectReader documentReader;

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
     * The top-level fields in which two renderings of one event differ, sorted; the times are left
     * out (a rewrite changes them by itself). Every field when there is no earlier rendering.
     */
    public List<String> changedFields(String before, String after) {
        return before == null ? topLevelFields(after) : changedSince(tree(before), after);
    }

    /** As {@link #changedFields(String, String)}, the earlier rendering already read ({@link #tree}). */
    public List<String> changedSince(JsonNode old, String after) {
        JsonNode now = parse(after);
        Set<String> fields = new TreeSet<>();
        old.fieldNames().forEachRemaining(fields::add);
        now.fieldNames().forEachRemaining(fields::add);
        fields.removeAll(List.of("created_at", "updated_at"));
        fields.removeIf(field -> old.path(field).equals(now.path(field)) && old.has(field) == now.has(field));
        return List.copyOf(fields);
    }

    /** A stored document read once, for an import that both keeps its claim ids and compares with it. */
    public JsonNode tree(String document) {
        return parse(document);
    }

    /** The names of a document's top-level fields but the times, sorted, read without building a tree. */
    private List<String> topLevelFields(String document) {
        Set<String> fields = new TreeSet<>();
        try (JsonParser parser = objectMapper.getFactory().createParser(document)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                fields.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a rendered event document is not valid JSON", e);
        }
        fields.removeAll(List.of("created_at", "updated_at"));
        return List.copyOf(fields);
    }

    /** The ids of the claims a stored rendering shows, in order: a rewrite keeps them where positions stay. */
    public List<UUID> claimIds(JsonNode document) {
        List<UUID> ids = new ArrayList<>();
        document.path("claims").forEach(claim -> ids.add(UUID.fromString(claim.path("id").asText())));
        return ids;
    }

    private JsonNode parse(String document) {
        try {
            return objectMapper.readTree(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored event document is not valid JSON", e);
        }
    }

    /** Whether a rewrite of the stored event would change nothing a reader sees. */
    public boolean sameContent(Event stored, Event rewritten) {
        return EventViews.content(stored).equals(EventViews.content(rewritten));
    }

    /** An export needs the event as a record; pages are served as stored, without this. */
    public EventView read(byte[] document) {
        try {
            return documentReader().readValue(document);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event document is not valid JSON", e);
        }
    }

    private ObjectReader documentReader() {
        ObjectReader reader = documentReader;
        if (reader == null) {
            // The app wrote these documents: the checks every request body gets (duplicate names, NUL in text,
            // StrictJson) find nothing here and took a tenth of an export's CPU.
            reader = objectMapper.copy().registerModule(StoredTimes.module())
                    .registerModule(new SimpleModule("stored-text").addDeserializer(String.class, StringDeserializer.instance))
                    .readerFor(EventView.class)
                    .without(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            documentReader = reader;
        }
        return reader;
    }

    private String write(EventView view) {
        try {
            return objectMapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot render an event document", e);
        }
    }
}
