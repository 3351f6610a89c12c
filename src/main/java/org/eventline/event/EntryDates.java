package org.eventline.event;

import org.eventline.event.EventEntry.DateEntry;
import org.eventline.time.DateEnvelope;
import org.eventline.time.DatePrecision;
import org.eventline.time.InvalidDateException;
import org.eventline.write.Problems;

/** Dates as entries write them (EDTF, or an envelope's parts) and as envelopes store them, both ways. */
final class EntryDates {

    private EntryDates() {
    }

    /** The envelope an entry's date stands for; null after recording its problems at the path. */
    static DateEnvelope envelope(DateEntry entry, String path, Problems problems) {
        if (!problems.require(entry, path)) {
            return null;
        }
        try {
            DateEnvelope envelope;
            if (entry.edtf() != null) {
                envelope = DateEnvelope.fromEdtf(entry.edtf());
            } else if (problems.require(entry.start(), Problems.field(path, "start")) & problems.require(entry.precision(), Problems.field(path, "precision"))) {
                envelope = DateEnvelope.of(entry.start(), entry.end(), DatePrecision.fromCode(entry.precision()),
                        Boolean.TRUE.equals(entry.approximate()), Boolean.TRUE.equals(entry.uncertain()));
            } else {
                return null;
            }
            return entry.label() == null ? envelope : envelope.withLabel(entry.label());
        } catch (InvalidDateException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }

    /** The envelope's parts; the label only when curated, so that new dates bring a new derived label. */
    static DateEntry entry(DateEnvelope envelope) {
        boolean derivedLabel = envelope.label().equals(envelope.withLabel(null).label());
        return new DateEntry(null, envelope.start(), envelope.end(), envelope.precision().code(), envelope.approximate(),
                envelope.uncertain(), derivedLabel ? null : envelope.label());
    }
}
