package org.eventline.write;

import java.util.Comparator;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The Bean Validation constraints of the entries curators and importers write (lengths, list
 * sizes), reported like every other problem: at the field's path in the body, in snake_case
 * (claims[0].reported_as).
 */
@ApplicationScoped
public class EntryConstraints {

    // Longest texts a write may carry: generous for any real record, and far below what would
    // strain a page, a full-text document (PostgreSQL refuses a tsvector over 1 MB) or a CSV cell.
    public static final int SLUG = 200;
    public static final int NAME = 300;
    public static final int TITLE = 500;
    public static final int PHRASE = 1_000;
    public static final int URL = 2_000;
    public static final int TEXT = 20_000;
    public static final int LIST = 1_000;

    @Inject
    Validator validator;

    public void check(Object entry, String path, Problems problems) {
        validator.validate(entry).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> problems.add(Problems.field(path, snakeCase(violation)), violation.getMessage()));
    }

    private static String snakeCase(ConstraintViolation<Object> violation) {
        // "aliases[2].<list element>" names the element itself: aliases[2]
        String property = violation.getPropertyPath().toString().replace(".<list element>", "");
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
