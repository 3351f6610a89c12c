package org.eventline.event;

import java.time.LocalDate;

/**
 * Envelopes grouped by their length (end minus start, in days), as the generated column
 * event.date_span_class stores them (V012, same bounds). An envelope of a class overlapping a
 * window starting on day "from" starts on or after "from" minus the class's longest span, which
 * makes the overlap a range on the start day.
 */
public enum DateSpanClass {
    DAY(0),
    WEEK(7),
    MONTH(31),
    QUARTER(92),
    YEAR(366),
    /** Longer than a year, or open: no earliest start. */
    LONG(null);

    private final Integer longestSpanDays;

    DateSpanClass(Integer longestSpanDays) {
        this.longestSpanDays = longestSpanDays;
    }

    /** The value stored in date_span_class. */
    public short code() {
        return (short) ordinal();
    }

    /** The earliest start an envelope of this class overlapping a window from this day can have; null: none. */
    public LocalDate earliestStartOverlapping(LocalDate from) {
        return longestSpanDays == null ? null : from.minusDays(longestSpanDays);
    }

    /** The earliest start an event of this class can have and match the filter's period; null: none. */
    public LocalDate earliestStartMatching(EventFilter filter) {
        if (filter.from() == null) {
            return null;
        }
        return filter.dateMatch() == DateMatch.WITHIN ? filter.from() : earliestStartOverlapping(filter.from());
    }
}
