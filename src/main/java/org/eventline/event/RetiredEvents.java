package org.eventline.event;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The events curators retired, as writers and reads need to know them (history keeps them): an
 * id or key once used is never used again, and a retired event answers 410.
 */
public interface RetiredEvents {

    /** When the event was retired, if it was. */
    Optional<Instant> findRetirement(UUID eventId);

    /** Those of these external keys whose event was retired. */
    Set<String> findRetiredKeys(Collection<String> externalKeys);

    /** Those of these ids whose event was retired. */
    Set<UUID> findRetiredIds(Collection<UUID> eventIds);
}
