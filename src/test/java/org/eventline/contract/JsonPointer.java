package org.eventline.contract;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sets a value at a path of field names and array indexes in a body, making the objects and arrays on the way. */
final class JsonPointer {

    private JsonPointer() {
    }

    static ObjectNode set(ObjectNode body, List<Object> path, JsonNode value) {
        JsonNode node = body;
        for (int i = 0; i < path.size() - 1; i++) {
            node = child(node, path.get(i), path.get(i + 1) instanceof Integer);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) node;
            while (array.size() <= index) {
                array.addObject();
            }
            array.set(index, value.deepCopy());
        } else {
            ((ObjectNode) node).set((String) last, value.deepCopy());
        }
        return body;
    }

    /** The path as a client reads it in an errors array: claims[0].min. */
    static String text(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            text.append(step instanceof Integer index ? "[" + index + "]" : (text.isEmpty() ? "" : ".") + step);
        }
        return text.toString();
    }

    private static JsonNode child(JsonNode node, Object step, boolean arrayNext) {
        if (step instanceof Integer index) {
            ArrayNode array = (ArrayNode) node;
            while (array.size() <= index) {
                array.addObject();
            }
            if (!array.get(index).isContainerNode()) {
                array.set(index, arrayNext ? array.arrayNode() : array.objectNode());
            }
            return array.get(index);
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode existing = object.get((String) step);
        if (existing == null || !existing.isContainerNode() || existing.isArray() != arrayNext) {
            return arrayNext ? object.putArray((String) step) : object.putObject((String) step);
        }
        return existing;
    }
}
