package org.eventline.write;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;

/** What reading any entry needs: a body that is there, an id given or new, and a list that may be left out. */
public final class Entries {

    private Entries() {
    }

    /** The body of a write; an empty body, or one that is only whitespace or null, is refused naming "(body)". */
    public static <T> T required(T body) {
        if (body == null || body instanceof JsonNode node && (node.isNull() || node.isMissingNode())) {
            throw new InvalidInputException(List.of(InvalidInput.field("(body)", "a JSON body is required")));
        }
        return body;
    }

    public static UUID idOrNew(UUID id) {
        return id != null ? id : UUID.randomUUID();
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
