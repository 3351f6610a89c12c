package org.eventline.web;

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
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    /** Jackson names Java types in its messages ("class org.eventline..."); users need none of that. */
    public static String withoutJavaNames(String message) {
        return message
                .replaceAll("\\(class [^)]*\\)", "")
                .replaceAll("`[a-z]+(\\.[A-Za-z0-9_$]+)+`", "the expected type")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
