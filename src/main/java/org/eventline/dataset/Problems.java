package org.eventline.dataset;

import java.util.ArrayList;
import java.util.List;

import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;
import org.eventline.web.UnknownReferenceException;

/** Collects every problem of a document, each at its field path, so that one answer lists them all. */
final class Problems {

    private final List<InvalidInput> found = new ArrayList<>();
    private int unknownReferences;

    /** The path of a field inside the record at the path; a body's own fields have no prefix. */
    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void add(String path, String message) {
        found.add(InvalidInput.field(path, message));
    }

    /** Records a problem when the value is missing; true when it is present. */
    boolean require(Object value, String path) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        if (!present) {
            add(path, "is required");
        }
        return present;
    }

    /** A field naming a record that does not exist: alone, such problems make a 422, not a 400. */
    void addUnknownReference(String path, String message) {
        add(path, message);
        unknownReferences++;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<InvalidInput> list() {
        return List.copyOf(found);
    }

    void throwIfAny() {
        if (!found.isEmpty() && unknownReferences == found.size()) {
            throw new UnknownReferenceException(found);
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
