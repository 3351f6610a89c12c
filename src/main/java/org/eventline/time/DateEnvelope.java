package org.eventline.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When an event happened, as far as it is really known: the earliest and latest possible day, how precise that is,
 * whether it is approximate, and a label for people.
 *
 * @param start earliest possible day, inclusive
 * @param end latest possible day, inclusive, or null while the event is ongoing
 * @param precision how finely the dates are known
 * @param approximate whether the sources only give the dates roughly
 * @param label a curated label, or the one derived from the dates when none is given (never null)
 */
public record DateEnvelope(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate,
        String label) {

    // EDTF writes years with four digits and no sign; keeping envelopes inside that keeps edtf() parseable.
    // Not year 0000: PostgreSQL has none, and a date of year 0000 came back from it as 0001. Every date
    // the API stores keeps to these years (write/SupportedDate).
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    public DateEnvelope {
        if (start == null) {
            throw new InvalidDateException("the envelope has no start: its earliest possible day is required");
        }
        if (precision == null) {
            throw new InvalidDateException("the envelope has no precision: expected one of day, week, month, year");
        }
        requireSupportedYear(start);
        if (end != null) {
            requireSupportedYear(end);
            if (end.isBefore(start)) {
                throw new InvalidDateException("the envelope ends (" + end + ") before it starts (" + start + ")");
            }
        }
        if (label == null || label.isBlank()) {
            label = EnvelopeLabel.describe(start, end, precision, approximate);
        }
    }

    public static DateEnvelope of(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate) {
        return new DateEnvelope(start, end, precision, approximate, null);
    }

    public static DateEnvelope day(LocalDate day) {
        return of(day, day, DatePrecision.DAY, false);
    }

    public static DateEnvelope month(YearMonth month) {
        return of(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, false);
    }

    public static DateEnvelope year(int year) {
        requireSupportedYear(year);
        return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false);
    }

    /** Parses EDTF levels 0 and 1; every rejection is an {@link InvalidDateException} saying what was expected. */
    public static DateEnvelope fromEdtf(String edtf) {
        return EdtfParser.parse(edtf);
    }

    /** The same dates with a curated label ("late September 2016"); null or blank brings back the derived one. */
    public DateEnvelope withLabel(String label) {
        return new DateEnvelope(start, end, precision, approximate, label);
    }

    public boolean isOpen() {
        return end == null;
    }

    /**
     * Whether the event may have happened during the period: some possible day falls inside it.
     * Null bounds are unbounded; an empty period (from after to) overlaps nothing.
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            return false;
        }
        boolean startsInTime = to == null || !start.isAfter(to);
        boolean lastsLongEnough = from == null || end == null || !end.isBefore(from);
        return startsInTime && lastsLongEnough;
    }

    /** Whether every possible day lies inside the period; an ongoing event is only within a period with no end. */
    public boolean within(LocalDate from, LocalDate to) {
        boolean startsInside = from == null || !start.isBefore(from);
        boolean endsInside = to == null || (end != null && !end.isAfter(to));
        return startsInside && endsInside;
    }

    /** The envelope in EDTF, e.g. 2016-10, 2011/2016, 2016-09-21~/.. */
    public String edtf() {
        return EdtfFormat.format(start, end, precision, approximate);
    }

    private static void requireSupportedYear(LocalDate day) {
        requireSupportedYear(day.getYear());
    }

    private static void requireSupportedYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidDateException("the year " + year + " is not supported: years run from 0001 to 9999");
        }
    }
}
