package org.eventline.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one cursor codec of every list: an opaque base64url text holding the sort key of the last item
 * served, the sort order, and the fingerprint of the query it belongs to, so that a cursor replayed
 * against another query or order is refused instead of silently skipping or repeating items.
 */
public record Cursor<K>(CursorKey<K> key, QueryFingerprint query) {

    private static final String VERSION = "c1";
    private static final String SEPARATOR = "\u001f";
    private static final int MAX_ENCODED_LENGTH = 512;

    /** The cursor that continues after this key. */
    public String encode(K last) {
        List<String> parts = Stream.concat(Stream.of(VERSION, key.sort(), query.digest()), key.write().apply(last).stream()).toList();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key a cursor continues after, checked to belong to this query and order.
     *
     * @throws InvalidInputException naming the cursor parameter when it is malformed or from another query
     */
    public K decode(String encoded) {
        if (encoded.length() > MAX_ENCODED_LENGTH) {
            throw malformed();
        }
        String joined;
        try {
            joined = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw malformed();
        }
        List<String> parts = Arrays.asList(joined.split(SEPARATOR, -1));
        if (parts.size() != 3 + key.length() || !parts.get(0).equals(VERSION)) {
            throw malformed();
        }
        if (!parts.get(1).equals(key.sort()) || !parts.get(2).equals(query.digest())) {
            throw InvalidInputException.parameter("cursor",
                    "this cursor belongs to a different query; keep every other parameter as it was, or start again without a cursor");
        }
        try {
            return key.read().apply(List.copyOf(parts.subList(3, parts.size())));
        } catch (RuntimeException tampered) {
            throw malformed();
        }
    }

    /** The key of the request's declared cursor parameter; empty on the first page, and when invalid (the error is recorded). */
    public Optional<K> after(QueryParameters parameters, String declaredCursor) {
        return parameters.single("cursor", declaredCursor).flatMap(value -> {
            try {
                return Optional.of(decode(value));
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> parameters.error("cursor", error.message()));
                return Optional.empty();
            }
        });
    }

    private static InvalidInputException malformed() {
        return InvalidInputException.parameter("cursor",
                "not a cursor this API issued; use the next_cursor value of the previous page as it is");
    }
}
