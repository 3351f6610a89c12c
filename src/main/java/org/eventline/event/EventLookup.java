package org.eventline.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.eventline.web.IdOrSlug;

/**
 * Finds a current event by the id in a URL, or answers why there is none: 410 Gone, with a link to
 * its history, for a retired event; 404 for an id that never named one.
 */
@ApplicationScoped
public class EventLookup {

    @Inject
    EventRepository events;
    @Inject
    RetiredEvents retired;

    /** The event's id; 404 when the text is not an id at all. */
    public static UUID id(String id) {
        return IdOrSlug.asUuid(id).orElseThrow(() -> notFound(id));
    }

    /** The stored JSON document of the current event, or the 410 or 404. */
    public byte[] document(String id) {
        UUID eventId = id(id);
        return events.findDocument(eventId).orElseThrow(() -> missing(eventId, id));
    }

    /** The current event, or the 410 or 404. */
    public Event current(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> missing(id, id.toString()));
    }

    /** Why there is no current event with this id (named as the URL did): retired (410) or never there (404). */
    private RuntimeException missing(UUID id, String asGiven) {
        return retired.findRetirement(id)
                .<RuntimeException>map(at -> new ClientErrorException("Event " + asGiven + " was retired at " + at
                        + "; its history is at /api/v1/events/" + asGiven + "/history.", Response.Status.GONE))
                .orElseGet(() -> notFound(asGiven));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No event with id '" + id + "'.");
    }
}
