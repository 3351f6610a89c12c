package org.eventline.event.view;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eventline.time.DateEnvelope;

/** A date envelope as the API shows it: the bounds, their precision, EDTF and a label. */
@Schema(name = "DateEnvelope", description = "When it happened, as far as it is known.")
public record DateView(
        @Schema(description = "Earliest possible day (inclusive).", examples = "2016-10-13") LocalDate start,
        @Schema(description = "Latest possible day (inclusive); null while open-ended.", examples = "2016-10-14", nullable = true) LocalDate end,
        @Schema(description = "How precisely the bounds are known.", enumeration = {"day", "week", "month", "year"}, examples = "day") String precision,
        @Schema(description = "True when the source gives the date as approximate (EDTF ~; with uncertain, EDTF %).") boolean approximate,
        @Schema(description = "True when the source is not sure of the date (EDTF ?; with approximate, EDTF %).") boolean uncertain,
        @Schema(description = "The same in EDTF (ISO 8601-2).", examples = "2016-10-13/2016-10-14") String edtf,
        @Schema(description = "A human label.", examples = "13–14 October 2016") String label) {

    public static DateView of(DateEnvelope envelope) {
        return envelope == null ? null : new DateView(envelope.start(), envelope.end(), envelope.precision().code(),
                envelope.approximate(), envelope.uncertain(), envelope.edtf(), envelope.label());
    }
}
