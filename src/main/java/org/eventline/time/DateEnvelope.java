package org.eventline.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When an event happened, as far as it is really known: the earliest and latest possible day, how precise that is,
 * whether it is approximate or uncertain (EDTF's ~ and ?, both at once its %), and a label for people.
 *
 * @param start earliest possible day, inclusive
 * @param end latest possible day, inclusive, or null while the event is ongoing
 * @param precision how finely the dates are known
 * @param approximate whether the sources only give the dates roughly (EDTF ~)
 * @param uncertain whether the sources are not sure of the dates (EDTF ?): a guess, not a rough figure
 * @param label a curated label, or the one derived from the dates when none is given (never null)
 */
public record DateEnvelope(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate,
        boolean uncertain, String label) {

    public DateEnvelope {
        if (start == null) {
            throw new InvalidDateException("the envelope has no start: its earliest possible day is required");
        }
        if (precision == null) {
            throw new InvalidDateException("the envelope has no precision: expected one of day, week, month, year");
        }
        // inside the calendar range, edtf() writes every envelope with four-digit years it can read back
        CalendarRange.require(start);
        if (end != null) {
            CalendarRange.require(end);
            if (end.isBefore(start)) {
                throw new InvalidDateException("the envelope ends (" + end + ") before it starts (" + start + ")");
            }
        }
        if (label == null || label.isBlank()) {
            label = EnvelopeLabel.describe(start, end, precision, approximate, uncertain);
        }
    }

    /** An envelope that is not uncertain. */
    public DateEnvelope(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate, String label) {
        this(start, end, precision, approximate, false, label);
    }

    public static DateEnvelope of(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate) {
        return new DateEnvelope(start, end, precision, approximate, false, null);
    }

    public static DateEnvelope of(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate,
            boolean uncertain) {
        return new DateEnvelope(start, end, precision, approximate, uncertain, null);
    }

    public static DateEnvelope day(LocalDate day) {
        return of(day, day, DatePrecision.DAY, false);
    }

    public static DateEnvelope month(YearMonth month) {
        return of(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, false);
    }

    public static DateEnvelope year(int year) {
        CalendarRange.requireYear(year);
        return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false);
    }

    /** Parses EDTF levels 0 and 1 (~, ? and % kept apart); every rejection is an {@link InvalidDateException} saying what was expected. */
    public static DateEnvelope fromEdtf(String edtf) {
        return EdtfParser.parse(edtf);
    }

    /** The same dates with a curated label ("late September 2016"); null or blank brings back the derived one. */
    public DateEnvelope withLabel(String label) {
        return new DateEnvelope(start, end, precision, approximate, uncertain, label);
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

    /** The envelope in EDTF, e.g. 2016-10, 2011/2016, 2016-09-21~/.., 2016-10-20? */
    public String edtf() {
        return EdtfFormat.format(start, end, precision, approximate, uncertain);
    }
}
