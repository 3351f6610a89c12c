package org.eventline.write;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What curators' writes and imports need to know of one kind of record named by slug (actors,
 * places, sources): how to find, build, copy and show one, and which events show it.
 *
 * @param <T> the entity
 * @param <E> the entry a write body holds (the dataset document's shape)
 * @param <V> the record as its GET shows it
 */
public interface RecordKind<T, E, V> {

    /** "actor", "location", "source": for messages. */
    String noun();

    Class<E> entryType();

    Optional<T> find(String idOrSlug);

    /** Resolves slugs of this kind: among those a document declares, then among stored ones. */
    References<T> newReferences();

    UUID id(T record);

    String slug(T record);

    String entrySlug(E entry);

    /** The id the entry declares, if any: kept as a former id when the entry joins another record. */
    default UUID entryId(E entry) {
        return null;
    }

    /** The record as a write body shows it: what a merge patch applies to. */
    E entry(T record);

    /**
     * A new record from an entry at the path in its body, every field checked, references of its
     * own kind (a parent) resolved by the given ones; null after recording problems.
     */
    T build(E entry, String path, References<T> references, Problems problems);

    /** Copies every field but the id and the slug; records a problem instead when it would make a cycle. */
    void copy(T from, T to, Problems problems);

    void persist(T record);

    void delete(T record);

    /** The record as its GET shows it. */
    V view(T record);

    List<UUID> eventsShowing(T record);

    /** What still names the record ("12 claims"): a delete must wait until nothing does. */
    List<String> references(T record);

    /** Why the record cannot be merged into the other (it lies inside the record), or null. */
    default String mergeRefusal(T record, T into) {
        return null;
    }

    /**
     * Moves everything that names the record to the other one, keeps its slug and id naming the other,
     * and removes it; the other also keeps its names and external ids.
     */
    void merge(T record, T into);
}
