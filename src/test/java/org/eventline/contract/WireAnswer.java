package org.eventline.contract;

import java.util.Map;

/** An answer as read off the wire; {@code failure} says why there is none (status 0). */
record WireAnswer(int status, Map<String, String> headers, String body, String failure) {

    static WireAnswer unanswered(String why) {
        return new WireAnswer(0, Map.of(), "", why);
    }

    String header(String name) {
        return headers.getOrDefault(name, "");
    }
}
