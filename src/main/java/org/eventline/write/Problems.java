package org.eventline.write;

import java.util.ArrayList;
import java.util.List;

import org.eventline.web.InvalidInput;
import org.eventline.web.InvalidInputException;
import org.eventline.web.UnknownReferenceException;

/** Collects every problem of a document, each at its field path, so that one answer lists them all. */
public final class Problems {

    private final List<InvalidInput> found = new ArrayList<>();
    private int unknownReferences;

    /** The path of a field inside the record at the path; a body's own fields have no prefix. */
    public static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public void add(String path, String message) {
        found.add(InvalidInput.field(path, message));
    }

    /** Records a problem when the value is missing; true when it is present. */
    public boolean require(Object value, String path) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        if (!present) {
            add(path, "is required");
        }
        return present;
    }

    /** A field naming a record that does not exist: alone, such problems make a 422, not a 400. */
    public void addUnknownReference(String path, String message) {
        add(path, message);
        unknownReferences++;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<InvalidInput> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty() && unknownReferences == found.size()) {
            throw new UnknownReferenceException(found);
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
