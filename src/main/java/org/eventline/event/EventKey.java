package org.eventline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eventline.web.CursorKey;

/** Where an event stands in the chronological order: the keyset position a cursor remembers. */
public record EventKey(LocalDate dateStart, UUID id) {

    public static EventKey of(EventRepository.DocumentRow row) {
        return new EventKey(row.dateStart(), row.id());
    }

    /** The key as the cursor of a list in this order carries it: the start day and the id. */
    public static CursorKey<EventKey> in(EventSort sort) {
        return new CursorKey<>(sort.code(), 2, key -> List.of(key.dateStart().toString(), key.id().toString()),
                parts -> new EventKey(LocalDate.parse(parts.get(0)), UUID.fromString(parts.get(1))));
    }
}
