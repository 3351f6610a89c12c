package org.eventline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Where an event stands in the chronological order: the keyset position a cursor remembers. */
public record EventKey(LocalDate dateStart, UUID id) {

    public static EventKey of(EventRepository.DocumentRow row) {
        return new EventKey(row.dateStart(), row.id());
    }

    public List<String> asCursorKey() {
        return List.of(dateStart.toString(), id.toString());
    }

    /** Null when the parts are not a date and a UUID (a tampered cursor). */
    public static EventKey fromCursorKey(List<String> parts) {
        try {
            return new EventKey(LocalDate.parse(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
