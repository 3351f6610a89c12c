package org.eventline.web;

import java.util.List;

/**
 * Thrown when a body is well formed but names records that do not exist (an actor's slug, a
 * related event's id): answered 422, each such field in the errors.
 */
public class UnknownReferenceException extends InvalidInputException {

    public UnknownReferenceException(List<InvalidInput> errors) {
        super(errors);
    }
}
