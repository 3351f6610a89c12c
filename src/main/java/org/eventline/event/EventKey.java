package org.eventline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eventline.web.CursorKey;

/**
 * Where an event stands in a list's order: the keyset position a cursor remembers. The start day
 * and id in date order; the figure and id in figure order (the other one is null).
 */
public record EventKey(LocalDate dateStart, Long figure, UUID id) {

    /** The position in date order. */
    public EventKey(LocalDate dateStart, UUID id) {
        this(dateStart, null, id);
    }

    /** The position in figure order. */
    public static EventKey ofFigure(long figure, UUID id) {
        return new EventKey(null, figure, id);
    }

    /** The position of a page's row in the list's order. */
    public static EventKey of(EventRepository.DocumentRow row, EventSort sort) {
        return sort.byFigure() ? ofFigure(row.figure(), row.id()) : new EventKey(row.dateStart(), row.id());
    }

    /** The key as the cursor of a list in this order carries it: the start day (or the figure) and the id. */
    public static CursorKey<EventKey> in(EventSort sort) {
        if (sort.byFigure()) {
            return new CursorKey<>(sort.code(), 2, key -> List.of(key.figure().toString(), key.id().toString()),
                    parts -> ofFigure(Long.parseLong(parts.get(0)), UUID.fromString(parts.get(1))));
        }
        return new CursorKey<>(sort.code(), 2, key -> List.of(key.dateStart().toString(), key.id().toString()),
                parts -> new EventKey(LocalDate.parse(parts.get(0)), UUID.fromString(parts.get(1))));
    }
}
