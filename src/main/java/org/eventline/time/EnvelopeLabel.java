package org.eventline.time;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Derives the English label of an envelope ("12–14 October 2016", "since about 2011", "20 October 2016, uncertain")
 * when no curated one is given.
 */
final class EnvelopeLabel {

    private static final String RANGE = "–";
    private static final String SPACED_RANGE = " – ";
    private static final int DAYS_IN_WEEK = 7;
    private static final String UNCERTAIN = ", uncertain";

    private EnvelopeLabel() {
    }

    /** An uncertain date (EDTF ?) is a guess: said after the dates, as approximate ones (~) say "about" before. */
    static String describe(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate,
            boolean uncertain) {
        return describe(start, end, precision, approximate) + (uncertain ? UNCERTAIN : "");
    }

    private static String describe(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate) {
        String about = approximate ? "about " : "";
        if (end == null) {
            return "since " + about + startAlone(start, precision);
        }
        if (precision == DatePrecision.WEEK && isOneWeek(start, end)) {
            return approximate ? "about the week of " + day(start) : "week of " + day(start);
        }
        return about + range(start, end, precision);
    }

    /** "February 2016": also used in messages about days that do not exist in a month. */
    static String monthOfYear(LocalDate day) {
        return monthName(day) + " " + day.getYear();
    }

    private static String startAlone(LocalDate start, DatePrecision precision) {
        if (precision == DatePrecision.WEEK) {
            return "the week of " + day(start);
        }
        if (precision == DatePrecision.YEAR && precision.startsUnit(start)) {
            return String.valueOf(start.getYear());
        }
        if (precision == DatePrecision.MONTH && precision.startsUnit(start)) {
            return monthOfYear(start);
        }
        return day(start);
    }

    private static boolean isOneWeek(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) < DAYS_IN_WEEK;
    }

    /** Uses the precision's own form when the bounds fit it, else the next finer form that does. */
    private static String range(LocalDate start, LocalDate end, DatePrecision precision) {
        boolean wholeYears = DatePrecision.YEAR.startsUnit(start) && DatePrecision.YEAR.endsUnit(end);
        boolean wholeMonths = DatePrecision.MONTH.startsUnit(start) && DatePrecision.MONTH.endsUnit(end);
        if (precision == DatePrecision.YEAR && wholeYears) {
            return yearRange(start, end);
        }
        if ((precision == DatePrecision.YEAR || precision == DatePrecision.MONTH) && wholeMonths) {
            return monthRange(start, end);
        }
        return dayRange(start, end);
    }

    private static String yearRange(LocalDate start, LocalDate end) {
        if (start.getYear() == end.getYear()) {
            return String.valueOf(start.getYear());
        }
        return start.getYear() + RANGE + end.getYear();
    }

    private static String monthRange(LocalDate start, LocalDate end) {
        if (start.getYear() != end.getYear()) {
            return monthOfYear(start) + SPACED_RANGE + monthOfYear(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return monthName(start) + RANGE + monthOfYear(end);
        }
        return monthOfYear(start);
    }

    private static String dayRange(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return day(start);
        }
        if (start.getYear() != end.getYear()) {
            return day(start) + SPACED_RANGE + day(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return start.getDayOfMonth() + " " + monthName(start) + SPACED_RANGE + day(end);
        }
        return start.getDayOfMonth() + RANGE + day(end);
    }

    private static String day(LocalDate day) {
        return day.getDayOfMonth() + " " + monthOfYear(day);
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
