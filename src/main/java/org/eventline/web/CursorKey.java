package org.eventline.web;

import java.util.List;
import java.util.function.Function;

/**
 * The sort key a cursor carries, typed: the order it continues ("slug", "revision", "-date"...), how many
 * parts the key has, and how it is written into the cursor and read back (read may throw on a tampered key).
 */
public record CursorKey<K>(String sort, int length, Function<K, List<String>> write, Function<List<String>, K> read) {

    /** Actors, places and sources, ordered by slug. */
    public static final CursorKey<String> SLUG = single("slug", Function.identity());
    /** An event's history and the change feed, in revision (commit) order. */
    public static final CursorKey<Long> REVISION = single("revision", Long::parseLong);

    public static <K> CursorKey<K> single(String sort, Function<String, K> parse) {
        return new CursorKey<>(sort, 1, key -> List.of(key.toString()), parts -> parse.apply(parts.get(0)));
    }
}
