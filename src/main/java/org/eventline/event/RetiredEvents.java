package org.eventline.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** When an event was retired: kept by the revision history (history/), asked here so a retired event answers 410, not 404. */
public interface RetiredEvents {

    /** When the event was retired, if it once existed and was retired. */
    Optional<Instant> findRetirement(UUID eventId);
}
