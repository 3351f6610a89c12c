package org.eventline.write;

import java.util.List;
import java.util.UUID;

/**
 * Finds, for a new place or actor, the record already known that is the same thing (reconcile/),
 * and keeps what follows: the new slug as a permanent alias of the record joined, or the doubtful
 * matches as candidates for curators. One per write or import: it remembers the records stored so
 * far, so that a later line joins a record an earlier one created.
 *
 * @param <T> the entity
 */
public interface Matcher<T> {

    /** The record to join (null for none), and the doubtful matches that leave the new record apart. */
    record Match<T>(T join, String rule, List<Candidate<T>> candidates) {

        public static <T> Match<T> none() {
            return new Match<>(null, null, List.of());
        }
    }

    /** A stored record the new one resembles, with the rules it failed. */
    record Candidate<T>(T match, List<String> reasons, Double distanceKm) {
    }

    Match<T> match(T record);

    /** Keeps the joining record's slug (and its declared id) as aliases of the record joined, and adds what it knew. */
    void join(String slug, UUID declaredId, T incoming, T joined);

    /** A new record stored: keeps its candidates, and later records may join it. */
    void stored(T record, List<Candidate<T>> candidates);

    /** Kinds that are never reconciled (sources: one publication per report). */
    static <T> Matcher<T> never() {
        return new Matcher<>() {
            @Override
            public Match<T> match(T record) {
                return Match.none();
            }

            @Override
            public void join(String slug, UUID declaredId, T incoming, T joined) {
                throw new IllegalStateException("never joins");
            }

            @Override
            public void stored(T record, List<Candidate<T>> candidates) {
            }
        };
    }
}
