package org.eventline.time;

import java.time.LocalDate;

/**
 * An inclusive period asked for in a query, such as ?from=2016&to=2016-10; a null bound is unbounded.
 */
public record DatePeriod(LocalDate from, LocalDate to) {

    public DatePeriod {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidDateException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Parses both bounds; a null one stays unbounded, and a bad one is named in the message. */
    public static DatePeriod of(String from, String to) {
        return new DatePeriod(parseBound("from", from, true), parseBound("to", to, false));
    }

    /** The first day of YYYY, YYYY-MM or YYYY-MM-DD (from=2016 means from 1 January 2016); null stays null. */
    public static LocalDate parseLowerBound(String value) {
        return value == null ? null : parse(value).first();
    }

    /** The last day of YYYY, YYYY-MM or YYYY-MM-DD (to=2016-02 means to 29 February 2016); null stays null. */
    public static LocalDate parseUpperBound(String value) {
        return value == null ? null : parse(value).last();
    }

    private static LocalDate parseBound(String name, String value, boolean lower) {
        try {
            return lower ? parseLowerBound(value) : parseUpperBound(value);
        } catch (InvalidDateException e) {
            throw new InvalidDateException(name + ": " + e.getMessage());
        }
    }

    private static EdtfDate parse(String value) {
        if (value.isEmpty()) {
            throw new InvalidDateException("the date is empty: " + EdtfDate.PLAIN_SHAPES);
        }
        if (value.length() > EdtfParser.MAX_LENGTH) {
            throw new InvalidDateException(InvalidDateException.quote(value) + " is too long: "
                    + EdtfDate.PLAIN_SHAPES);
        }
        return EdtfDate.parse(value, false);
    }
}
