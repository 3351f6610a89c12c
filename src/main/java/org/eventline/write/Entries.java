package org.eventline.write;

import java.util.List;
import java.util.UUID;

/** What reading any entry needs: an id given or new, and a list that may be left out. */
public final class Entries {

    private Entries() {
    }

    public static UUID idOrNew(UUID id) {
        return id != null ? id : UUID.randomUUID();
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
