package org.eventline.write;

/**
 * Makes the matcher of one write or import for a kind of record; reconcile/ provides them, so that
 * the records' own packages need not know the rules.
 *
 * @param <T> the entity
 */
public interface MatcherFactory<T> {

    Matcher<T> newMatcher();
}
