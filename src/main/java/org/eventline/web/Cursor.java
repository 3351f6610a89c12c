package org.eventline.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * An opaque keyset cursor: the sort key of the last item served, the sort order, and a fingerprint
 * of the query it belongs to, so that a cursor replayed against another query is refused instead of
 * silently skipping or repeating items. Encoded as base64url text.
 */
public record Cursor(String sort, String queryFingerprint, List<String> lastKey) {

    private static final String VERSION = "c1";
    private static final char SEPARATOR = '\u001f';
    private static final int MAX_ENCODED_LENGTH = 512;

    public String encode() {
        String joined = String.join(String.valueOf(SEPARATOR),
                concat(List.of(VERSION, sort, queryFingerprint), lastKey));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor from the {@code cursor} parameter and checks it belongs to this query.
     *
     * @throws InvalidInputException naming the parameter when it is malformed or from another query
     */
    public static Cursor decode(String encoded, String sort, String queryFingerprint, int keyLength) {
        if (encoded.length() > MAX_ENCODED_LENGTH) {
            throw malformed();
        }
        String joined;
        try {
            joined = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw malformed();
        }
        List<String> parts = Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
        if (parts.size() != 3 + keyLength || !parts.get(0).equals(VERSION)) {
            throw malformed();
        }
        if (!parts.get(1).equals(sort) || !parts.get(2).equals(queryFingerprint)) {
            throw InvalidInputException.parameter("cursor",
                    "this cursor belongs to a different query; keep every other parameter as it was, or start again without a cursor");
        }
        return new Cursor(sort, queryFingerprint, List.copyOf(parts.subList(3, parts.size())));
    }

    private static InvalidInputException malformed() {
        return InvalidInputException.parameter("cursor",
                "not a cursor this API issued; use the next_cursor value of the previous page as it is");
    }

    private static List<String> concat(List<String> head, List<String> tail) {
        return Stream.concat(head.stream(), tail.stream()).toList();
    }
}
