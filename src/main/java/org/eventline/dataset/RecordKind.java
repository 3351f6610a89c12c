package org.eventline.dataset;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What curators' writes need to know of one kind of record named by slug (actors, places,
 * sources): how to find, build, copy and show one, and which events show it.
 *
 * @param <T> the entity
 * @param <E> the entry a write body holds (the dataset document's shape)
 */
interface RecordKind<T, E> {

    /** "actor", "location", "source": for messages. */
    String noun();

    Class<E> entryType();

    Optional<T> find(String idOrSlug);

    UUID id(T record);

    String slug(T record);

    String entrySlug(E entry);

    /** The record as a write body shows it: what a merge patch applies to. */
    E entry(T record);

    /** A new record from a body, every field checked; null after recording problems. */
    T build(E entry, Problems problems);

    /** Copies every field but the id and the slug; records a problem instead when it would make a cycle. */
    void copy(T from, T to, Problems problems);

    void persist(T record);

    void delete(T record);

    /** The record as its GET shows it. */
    Object view(T record);

    List<UUID> eventsShowing(T record);

    /** What still names the record ("12 claims"): a delete must wait until nothing does. */
    List<String> references(T record);
}
