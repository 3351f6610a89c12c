package org.eventline.imports;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.eventline.event.EventEntry.DateEntry;
import org.eventline.time.DateEnvelope;
import org.eventline.time.DatePrecision;
import org.eventline.time.EdtfGrammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every date envelope the real UCDP GED file makes, written as EDTF: each distinct string is EDTF as the
 * specification defines it, and reads back as the envelope it was written from.
 */
class UcdpDatesEdtfTest {

    /** Each distinct EDTF string of the file, with one envelope that writes it. */
    private static final Map<String, DateEnvelope> WRITTEN = written();

    private static Map<String, DateEnvelope> written() {
        Map<String, DateEnvelope> written = new LinkedHashMap<>();
        for (Map<String, String> row : UcdpFile.rows(UcdpFile.wholeFile())) {
            ImportLine.Read line = (ImportLine.Read) UcdpGedFormat.read(1, row);
            DateEnvelope envelope = envelope(line.event().date());
            written.putIfAbsent(envelope.edtf(), envelope);
        }
        return written;
    }

    /** As entries' dates are read (EntryDates): UCDP gives the envelope's parts. */
    private static DateEnvelope envelope(DateEntry date) {
        return DateEnvelope.of(date.start(), date.end(), DatePrecision.fromCode(date.precision()),
                Boolean.TRUE.equals(date.approximate()), Boolean.TRUE.equals(date.uncertain()));
    }

    @Test
    void everyDistinctStringIsEdtf() {
        assertTrue(WRITTEN.size() > 2000, "the file's envelopes make " + WRITTEN.size() + " strings");
        List<String> violations = WRITTEN.keySet().stream()
                .filter(edtf -> !EdtfGrammar.conforms(edtf))
                .map(edtf -> edtf + ": " + EdtfGrammar.violation(edtf))
                .toList();
        assertEquals(List.of(), violations);
    }

    /** The days and qualifiers always; the precision wherever the bounds are whole units EDTF can write as such. */
    @Test
    void everyStringReadsBackAsItsEnvelope() {
        WRITTEN.forEach((edtf, envelope) -> {
            DateEnvelope read = DateEnvelope.fromEdtf(edtf);
            assertEquals(envelope.start(), read.start(), edtf);
            assertEquals(envelope.end(), read.end(), edtf);
            assertEquals(envelope.approximate(), read.approximate(), edtf);
            assertEquals(envelope.uncertain(), read.uncertain(), edtf);
            assertEquals(edtf, read.edtf());
            boolean writtenAsDays = Arrays.stream(edtf.split("/")).filter(side -> !side.equals(".."))
                    .allMatch(side -> side.length() >= "2016-04-22".length());
            if (writtenAsDays) {
                assertTrue(read.precision().compareTo(envelope.precision()) <= 0, edtf);
            } else {
                assertEquals(envelope.precision(), read.precision(), edtf);
            }
        });
    }

    /**
     * UCDP's 22-30 April 2016, known to the month, was 2016-04-22/2016-04: an end that could come before the start,
     * which edtf.js refused, as it did six more of the file's strings.
     */
    @Test
    void writesAnIntervalInsideOneMonthAsItsDays() {
        for (String refused : List.of("2016-02-22/2016-02", "2016-04-22/2016-04", "2017-07-17/2017-07",
                "2017-10-23/2017-10", "2017-11-20/2017-11", "2018-07-20/2018-07", "2018-09-10/2018-09")) {
            String days = refused.substring(0, 11) + YearMonth.parse(refused.substring(11)).atEndOfMonth();
            assertFalse(WRITTEN.containsKey(refused), refused);
            assertTrue(WRITTEN.containsKey(days), days);
        }
    }
}
