package org.eventline.web;

import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Turns Jackson's error locations into the body field paths the API reports ("events[3].claims[0].min"). */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                append(path, reference.getFieldName());
            }
        }
        return path.toString();
    }

    /** Where a parser stands: the field or element it was reading when it stopped. */
    public static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> outward = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            outward.push(at);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at : outward) {
            if (at.inArray()) {
                path.append('[').append(Math.max(at.getCurrentIndex(), 0)).append(']');
            } else if (at.getCurrentName() != null) {
                append(path, at.getCurrentName());
            }
        }
        return path.toString();
    }

    private static void append(StringBuilder path, String fieldName) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(fieldName);
    }
}
