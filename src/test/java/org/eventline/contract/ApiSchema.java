package org.eventline.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One schema of the OpenAPI document with its references followed: its JSON type, enum, bounds,
 * properties and items, as the hostile values are derived from them.
 */
record ApiSchema(JsonNode node, JsonNode document) {

    /** Follows $ref, and allOf/anyOf/oneOf to their first member that is not null. */
    static ApiSchema of(JsonNode schema, JsonNode document) {
        JsonNode node = schema == null ? MissingNode.getInstance() : schema;
        for (int hops = 0; hops < 20; hops++) {
            if (node.has("$ref")) {
                JsonNode target = document.at(node.get("$ref").asText().substring(1));
                node = merged(target, node);
            } else if (!node.has("type") && !node.has("enum") && firstMember(node) != null) {
                node = firstMember(node);
            } else {
                break;
            }
        }
        return new ApiSchema(node, document);
    }

    /** The JSON type (string, integer, number, boolean, array, object), the first that is not null; "string" for an untyped enum. */
    String type() {
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asText().equals("null")) {
                    return each.asText();
                }
            }
        }
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (node.has("enum")) {
            return "string";
        }
        return node.has("properties") ? "object" : node.has("items") ? "array" : "";
    }

    List<String> enumValues() {
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(value -> {
            if (!value.isNull()) {
                values.add(value.asText());
            }
        });
        return values;
    }

    String format() {
        return node.path("format").asText("");
    }

    boolean isUuid() {
        return format().equals("uuid") || node.path("pattern").asText("").contains("[a-f0-9]{8}");
    }

    boolean isDate() {
        return format().equals("date");
    }

    OptionalLong maxLength() {
        return node.has("maxLength") ? OptionalLong.of(node.get("maxLength").asLong()) : OptionalLong.empty();
    }

    OptionalLong maxItems() {
        return node.has("maxItems") ? OptionalLong.of(node.get("maxItems").asLong()) : OptionalLong.empty();
    }

    OptionalLong minimum() {
        return node.has("minimum") ? OptionalLong.of(node.get("minimum").asLong()) : OptionalLong.empty();
    }

    OptionalLong maximum() {
        return node.has("maximum") ? OptionalLong.of(node.get("maximum").asLong()) : OptionalLong.empty();
    }

    ApiSchema items() {
        return of(node.get("items"), document);
    }

    Map<String, ApiSchema> properties() {
        Map<String, ApiSchema> properties = new LinkedHashMap<>();
        node.path("properties").fields().forEachRemaining(field -> properties.put(field.getKey(), of(field.getValue(), document)));
        return properties;
    }

    private static JsonNode firstMember(JsonNode node) {
        for (String combiner : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode member : node.path(combiner)) {
                if (!member.path("type").asText().equals("null")) {
                    return member;
                }
            }
        }
        return null;
    }

    /** A $ref with siblings (type, description, maxLength...) keeps the siblings over the target's. */
    private static JsonNode merged(JsonNode target, JsonNode reference) {
        if (reference.size() == 1) {
            return target;
        }
        ObjectNode merged = ((ObjectNode) target).deepCopy();
        reference.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref") && !field.getKey().equals("type")) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }
}
