package org.eventline.dataset;

import java.util.Comparator;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The Bean Validation constraints of the dataset entries (lengths, list sizes), reported like
 * every other problem: at the field's path in the body, in snake_case (claims[0].reported_as).
 */
@ApplicationScoped
class EntryConstraints {

    @Inject
    Validator validator;

    void check(Object entry, String path, Problems problems) {
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
