package org.eventline.web;

import java.util.Optional;
import java.util.UUID;

/** A path or filter value that names a resource by its UUID or by its slug. */
public final class IdOrSlug {

    private IdOrSlug() {
    }

    /** The value as a UUID, when it is one; otherwise it can only be a slug. */
    public static Optional<UUID> asUuid(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }
}
