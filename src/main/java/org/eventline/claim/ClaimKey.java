package org.eventline.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eventline.event.EventSort;
import org.eventline.web.CursorKey;

/** Where a claim stands in the listing's order: its event's start day and id, then its position in the event. */
public record ClaimKey(LocalDate dateStart, UUID eventId, int position) {

    /** The key as the cursor of a listing in this order carries it. */
    public static CursorKey<ClaimKey> in(EventSort sort) {
        return new CursorKey<>(sort.code(), 3,
                key -> List.of(key.dateStart().toString(), key.eventId().toString(), Integer.toString(key.position())),
                parts -> new ClaimKey(LocalDate.parse(parts.get(0)), UUID.fromString(parts.get(1)), Integer.parseInt(parts.get(2))));
    }
}
