package org.eventline.web.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/** The length a string of a fixed format can have, stated where SmallRye gives only the format. */
final class FormatLengths {

    /** A UUID's 36 characters; an ISO date of a four-digit year (the API refuses others); an instant to the nanosecond. */
    private static final Map<String, Integer> LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);

    private FormatLengths() {
    }

    static void limit(Schema schema) {
        Integer length = schema.getFormat() == null ? null : LENGTHS.get(schema.getFormat());
        if (length != null && schema.getMaxLength() == null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING)) {
            schema.setMaxLength(length);
        }
    }
}
