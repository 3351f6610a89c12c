package org.eventline.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.eventline.web.StrictJson;

/**
 * One row of a UCDP GED CSV, its fields by column name (an empty field is missing), and its
 * coded columns read as their tables, each once: a field that cannot be read throws
 * {@link BadField} naming its column.
 */
final class UcdpRow {

    private final Map<String, String> fields;
    private UcdpWherePrecision wherePrecision;

    UcdpRow(Map<String, String> fields) {
        this.fields = fields;
    }

    /** where_prec: what the place and the point of the event stand for. */
    UcdpWherePrecision wherePrecision() {
        if (wherePrecision == null) {
            wherePrecision = UcdpWherePrecision.of(integer("where_prec"))
                    .orElseThrow(() -> new BadField("where_prec", "must be 1 to 6, got " + required("where_prec")));
        }
        return wherePrecision;
    }

    /** date_prec: how closely the dates are known. */
    UcdpDatePrecision datePrecision() {
        return UcdpDatePrecision.of(integer("date_prec"))
                .orElseThrow(() -> new BadField("date_prec", "must be 1 to 5, got " + required("date_prec")));
    }

    /** type_of_violence: state-based, non-state, or one-sided violence. */
    UcdpViolence violence() {
        return UcdpViolence.of(integer("type_of_violence"))
                .orElseThrow(() -> new BadField("type_of_violence", "must be 1, 2 or 3, got " + required("type_of_violence")));
    }

    /** event_clarity: 1 for one incident, 2 for many reported as one record (an aggregate). */
    boolean aggregate() {
        long clarity = integer("event_clarity");
        if (clarity != 1 && clarity != 2) {
            throw new BadField("event_clarity", "must be 1 or 2, got " + clarity);
        }
        return clarity == 2;
    }

    String optional(String column) {
        String value = fields.get(column);
        if (value != null && value.indexOf('\0') >= 0) {
            throw new BadField(column, StrictJson.NUL);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column) {
        String value = optional(column);
        if (value == null) {
            throw new BadField(column, "is required");
        }
        return value;
    }

    long integer(String column) {
        try {
            return Long.parseLong(required(column));
        } catch (NumberFormatException e) {
            throw new BadField(column, "must be a whole number, got '" + fields.get(column) + "'");
        }
    }

    double decimal(String column) {
        try {
            return Double.parseDouble(required(column));
        } catch (NumberFormatException e) {
            throw new BadField(column, "must be a number, got '" + fields.get(column) + "'");
        }
    }

    LocalDate date(String column) {
        try {
            return LocalDate.parse(required(column));
        } catch (DateTimeParseException e) {
            throw new BadField(column, "must be a date such as 2016-10-14, got '" + fields.get(column) + "'");
        }
    }

    /** A field of the row that cannot be read, named by its column. */
    static final class BadField extends RuntimeException {
        final String field;

        BadField(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
