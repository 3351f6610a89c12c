package org.eventline.contract;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One hostile request, made when it is sent (so a write carries the current ETag and a fresh slug),
 * and whether a 2xx answer to it is acceptable: a free-text value may legitimately match nothing
 * and answer an empty page, a wrong-typed value or body may not.
 */
record Attack(String method, String label, Supplier<Request> request, boolean acceptable) {

    /** A request as it goes on the wire. */
    record Request(String target, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }
}
