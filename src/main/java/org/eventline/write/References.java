package org.eventline.write;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the slugs a document uses: first among the records the document itself declares,
 * then among those already stored.
 */
public final class References<T> {

    private final String kind;
    private final Map<String, T> declared = new HashMap<>();
    private final Function<String, Optional<T>> stored;
    private final Matcher<T> matcher;
    /** Slugs already looked up among stored records, found or not: never asked for again. */
    private final Set<String> lookedUp = new HashSet<>();

    public References(String kind, Function<String, Optional<T>> stored) {
        this(kind, stored, Matcher.never());
    }

    public References(String kind, Function<String, Optional<T>> stored, Matcher<T> matcher) {
        this.kind = kind;
        this.stored = stored;
        this.matcher = matcher;
    }

    /** Finds the record a new one is the same thing as, for this write or import. */
    public Matcher<T> matcher() {
        return matcher;
    }

    public void declare(String slug, T record) {
        declared.put(slug, record);
    }

    /** Takes back a declared record that will not be stored. */
    public void forget(String slug) {
        declared.remove(slug);
    }

    /**
     * Looks up many slugs among stored records in one query, so that resolving them costs none; the
     * load answers each slug it found with its record (a former slug with the record it names now).
     */
    public void preload(Collection<String> slugs, Function<Collection<String>, Map<String, T>> load) {
        List<String> unknown = slugs.stream().filter(slug -> !declared.containsKey(slug) && !lookedUp.contains(slug))
                .distinct().toList();
        declared.putAll(load.apply(unknown));
        lookedUp.addAll(unknown);
    }

    /** The record with this slug, declared or stored. */
    public Optional<T> find(String slug) {
        T record = declared.get(slug);
        if (record == null && lookedUp.add(slug)) {
            record = stored.apply(slug).orElse(null);
            if (record != null) {
                declared.put(slug, record);
            }
        }
        return Optional.ofNullable(record);
    }

    /** The record with this slug, or null after recording a problem at the path. */
    public T resolve(String slug, String path, Problems problems) {
        if (!problems.require(slug, path)) {
            return null;
        }
        T record = find(slug).orElse(null);
        if (record == null) {
            problems.addUnknownReference(path, "no " + kind + " with slug '" + slug + "'");
        }
        return record;
    }
}
