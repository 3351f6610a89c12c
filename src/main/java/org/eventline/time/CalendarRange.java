package org.eventline.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The days the API holds, 0001-01-01 to 9999-12-31: every date it reads (query bounds, envelopes,
 * body dates) is refused outside them. The last year is the last that EDTF and ISO 8601 write
 * with four digits and no sign. The first is 0001 because the API has no years before the common
 * era: ISO 8601's year 0000 is 1 BC (negative years are refused already), and PostgreSQL, which
 * counts 1 BC, 2 BC..., has no year 0 and would store it as 0001-01-01 BC. Both ends lie well
 * inside PostgreSQL's date range (4713 BC to 5874897 AD).
 */
public final class CalendarRange {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);
    /** For messages: what a client may send. */
    public static final String DESCRIPTION = "years run from 0001 to 9999";

    private CalendarRange() {
    }

    public static boolean contains(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean contains(LocalDate day) {
        return contains(day.getYear());
    }

    /** Whether the instant falls on a day the API holds, in UTC. */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The day itself; an {@link InvalidDateException} naming the range when it lies outside. */
    public static LocalDate require(LocalDate day) {
        requireYear(day.getYear());
        return day;
    }

    /** An {@link InvalidDateException} naming the range when the year lies outside it. */
    public static void requireYear(int year) {
        if (!contains(year)) {
            throw new InvalidDateException("the year " + year + " is not supported: " + DESCRIPTION);
        }
    }
}
