package org.eventline.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eventline.dataset.DatasetDocument;
import org.eventline.support.Tokens;

/**
 * The records a sweep aims at: one imported event with its own actor, place and source, so that
 * a write that wrongly succeeds changes nothing another test reads; their path values, current
 * ETags and valid bodies (each POST body with a slug or key never used before).
 */
final class SweepRecords {

    private static final AtomicInteger FRESH = new AtomicInteger();

    private final DatasetDocument document;
    private final ObjectMapper mapper;
    private final WireClient client;
    private final String eventId;
    private final String admin = Tokens.bearer(Tokens.admin());

    SweepRecords(DatasetDocument document, ObjectMapper mapper, WireClient client, String eventId) {
        this.document = document;
        this.mapper = mapper;
        this.client = client;
        this.eventId = eventId;
    }

    String authorization() {
        return admin;
    }

    String eventId() {
        return eventId;
    }

    /** The value of a path parameter that follows this collection's segment (actors, events...). */
    String pathValue(String collection) {
        return switch (collection) {
            case "actors" -> document.actors().get(0).slug();
            case "locations" -> document.locations().get(0).slug();
            case "sources" -> document.sources().get(0).slug();
            default -> eventId;
        };
    }

    /** The current ETag of the resource at this path, as an If-Match needs it. */
    String etag(String path) {
        WireAnswer answer = client.send("GET", path, List.of(), null);
        return answer.header("ETag");
    }

    /**
     * Leaves the data as other tests expect it: deletes what accepted hostile POSTs created (an
     * actor of kind 3 is an actor of the third kind in every kind filter), and puts the sweep's own
     * records back as imported, whatever accepted hostile PUTs and PATCHes made of them.
     */
    void undo(List<String> created) {
        List<Map.Entry<String, String>> admin = List.of(Map.entry("Authorization", this.admin));
        for (String path : created) {
            client.send("DELETE", path, withIfMatch(admin, path), null);
        }
        for (String collection : List.of("events", "actors", "locations", "sources")) {
            String path = "/api/v1/" + collection + "/" + pathValue(collection);
            List<Map.Entry<String, String>> headers = new ArrayList<>(withIfMatch(admin, path));
            headers.add(Map.entry("Content-Type", "application/json"));
            client.send("PUT", path, headers, body(collection, false).toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<Map.Entry<String, String>> withIfMatch(List<Map.Entry<String, String>> headers, String path) {
        List<Map.Entry<String, String>> with = new ArrayList<>(headers);
        with.add(Map.entry("If-Match", etag(path)));
        return with;
    }

    /** A valid body for a write to this collection: the imported record itself, or for a POST a new one. */
    ObjectNode body(String collection, boolean create) {
        Object entry = switch (collection) {
            case "actors" -> document.actors().get(0);
            case "locations" -> document.locations().get(0);
            case "sources" -> document.sources().get(0);
            default -> document.events().get(0);
        };
        ObjectNode body = withoutNulls(mapper.valueToTree(entry));
        if (create) {
            int fresh = FRESH.incrementAndGet();
            body.remove("id");
            for (String key : new String[] {"slug", "key"}) {
                if (body.has(key)) {
                    body.put(key, body.get(key).asText() + "-h" + fresh);
                }
            }
            // a new name too: a record of the same name and kind is the stored one (reconciliation, a 409)
            if (body.has("name")) {
                body.put("name", body.get("name").asText() + " h" + fresh);
            }
        } else if (collection.equals("events")) {
            body.put("id", eventId);
        }
        return body;
    }

    /**
     * A record of this collection made for one merge attack, its slug: a merge aims at it and merges it
     * into the sweep's own record, which stays; every attack has a live record of its own to aim at.
     */
    String throwaway(String collection) {
        List<Map.Entry<String, String>> headers = List.of(Map.entry("Authorization", admin), Map.entry("Content-Type", "application/json"));
        ObjectNode body = body(collection, true);
        WireAnswer answer = client.send("POST", "/api/v1/" + collection, headers, body.toString().getBytes(StandardCharsets.UTF_8));
        if (answer.status() != 201) {
            throw new IllegalStateException("a record to merge was refused: " + answer.status() + " " + answer.body());
        }
        return body.get("slug").asText();
    }

    /** A valid merge body: into the sweep's own record of the collection. */
    ObjectNode mergeBody(String collection) {
        return mapper.createObjectNode().put("into", pathValue(collection));
    }

    private static ObjectNode withoutNulls(ObjectNode node) {
        List<String> nulls = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isNull()) {
                nulls.add(field.getKey());
            } else if (field.getValue().isObject()) {
                withoutNulls((ObjectNode) field.getValue());
            } else if (field.getValue().isArray()) {
                field.getValue().forEach(item -> {
                    if (item.isObject()) {
                        withoutNulls((ObjectNode) item);
                    }
                });
            }
        }
        node.remove(nulls);
        return node;
    }
}
