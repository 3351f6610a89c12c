package org.eventline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How finely an event's date is known, from the exact day to the year.
 */
public enum DatePrecision {
    // Declared finest first: the ordinal order is the "coarser than" order used when an interval's sides differ.
    DAY,
    WEEK,
    MONTH,
    YEAR;

    private static final String VALID_CODES = Arrays.stream(values())
            .map(DatePrecision::code)
            .collect(Collectors.joining(", "));

    /** The lowercase code used in the API and in stored data, e.g. "day". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a code as written by {@link #code()}; case is ignored because clients type these by hand. */
    public static DatePrecision fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidDateException("a date precision is required: expected one of " + VALID_CODES);
        }
        for (DatePrecision precision : values()) {
            if (precision.code().equalsIgnoreCase(code)) {
                return precision;
            }
        }
        throw new InvalidDateException(InvalidDateException.quote(code)
                + " is not a date precision: expected one of " + VALID_CODES);
    }

    /** The coarser of two precisions, as an interval is only known as finely as its vaguer side. */
    static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whether the day is the first day of a unit of this precision (a Monday for weeks). */
    boolean startsUnit(LocalDate day) {
        return switch (this) {
            case DAY -> true;
            case WEEK -> day.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> day.getDayOfMonth() == 1;
            case YEAR -> day.getDayOfYear() == 1;
        };
    }

    /** Whether the day is the last day of a unit of this precision (a Sunday for weeks). */
    boolean endsUnit(LocalDate day) {
        return switch (this) {
            case DAY -> true;
            case WEEK -> day.getDayOfWeek() == DayOfWeek.SUNDAY;
            case MONTH -> day.getDayOfMonth() == day.lengthOfMonth();
            case YEAR -> day.getDayOfYear() == day.lengthOfYear();
        };
    }
}
