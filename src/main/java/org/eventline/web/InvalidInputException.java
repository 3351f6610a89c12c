package org.eventline.web;

import java.util.List;

/** Thrown when a request's parameters or body are invalid; answered as a 400 problem listing each one. */
public class InvalidInputException extends RuntimeException {

    private final List<InvalidInput> errors;

    public InvalidInputException(List<InvalidInput> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException parameter(String name, String message) {
        return new InvalidInputException(List.of(InvalidInput.parameter(name, message)));
    }

    public List<InvalidInput> errors() {
        return errors;
    }
}
