package org.eventline.dataset;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves the slugs a document uses: first among the records the document itself declares,
 * then among those already stored.
 */
final class References<T> {

    private final String kind;
    private final Map<String, T> declared = new HashMap<>();
    private final Function<String, Optional<T>> stored;

    References(String kind, Function<String, Optional<T>> stored) {
        this.kind = kind;
        this.stored = stored;
    }

    void declare(String slug, T record) {
        declared.put(slug, record);
    }

    /** The record with this slug, or null after recording a problem at the path. */
    T resolve(String slug, String path, Problems problems) {
        if (!problems.require(slug, path)) {
            return null;
        }
        T record = declared.get(slug);
        if (record == null) {
            record = stored.apply(slug).orElse(null);
            if (record != null) {
                declared.put(slug, record);
            }
        }
        if (record == null) {
            problems.add(path, "no " + kind + " with slug '" + slug + "'");
        }
        return record;
    }
}
