package org.eventline.time;

import java.time.LocalDate;

/**
 * One calendar date written as YYYY, YYYY-MM or YYYY-MM-DD (optionally with unspecified X digits),
 * read as the range of days it may stand for.
 */
record EdtfDate(LocalDate first, LocalDate last, DatePrecision precision) {

    static final String PLAIN_SHAPES = "expected YYYY, YYYY-MM or YYYY-MM-DD";
    static final String EDTF_SHAPES = "expected YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %),"
            + " or an interval such as 2011/2016 or 2011/..";

    private static final char UNSPECIFIED = 'X';
    private static final int MAX_UNSPECIFIED_YEAR_DIGITS = 2;
    private static final int FIRST_SEASON = 21;
    private static final int LAST_SEASON = 24;

    /**
     * Reads one date.
     *
     * @param allowUnspecified whether X digits (EDTF level 1) are accepted; plain query bounds do not take them,
     *     and their error messages only list the plain shapes
     */
    static EdtfDate parse(String text, boolean allowUnspecified) {
        String[] parts = splitIntoParts(text, allowUnspecified);
        String monthText = parts.length > 1 ? parts[1] : null;
        String dayText = parts.length > 2 ? parts[2] : null;
        int[] years = yearRange(parts[0]);
        // Only trailing digits may be unspecified, so a span of years always covers whole years.
        if (years[0] != years[1]) {
            return new EdtfDate(LocalDate.of(years[0], 1, 1), LocalDate.of(years[1], 12, 31), DatePrecision.YEAR);
        }
        int[] months = monthRange(text, monthText);
        LocalDate firstMonth = LocalDate.of(years[0], months[0], 1);
        LocalDate lastMonth = LocalDate.of(years[0], months[1], 1);
        if (dayText == null || countUnspecified(dayText) == dayText.length()) {
            DatePrecision precision = isPartlyKnown(monthText) ? DatePrecision.MONTH : DatePrecision.YEAR;
            return new EdtfDate(firstMonth, lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()), precision);
        }
        int[] days = dayRange(text, dayText, firstMonth);
        return new EdtfDate(firstMonth.withDayOfMonth(days[0]), firstMonth.withDayOfMonth(days[1]),
                DatePrecision.DAY);
    }

    private static String[] splitIntoParts(String text, boolean allowUnspecified) {
        rejectUnsupportedYears(text);
        rejectTimeOfDay(text);
        String[] parts = text.split("-", -1);
        if (parts.length > 3 || !hasDateShape(parts, allowUnspecified)) {
            String shapes = allowUnspecified ? EDTF_SHAPES : PLAIN_SHAPES;
            throw new InvalidDateException(InvalidDateException.quote(text) + " is not a date: " + shapes);
        }
        if (allowUnspecified) {
            requireTrailingUnspecifiedDigits(text, String.join("", parts));
        }
        return parts;
    }

    /** 2016 is 2016..2016, 201X is 2010..2019, 20XX is 2000..2099. */
    private static int[] yearRange(String yearText) {
        int unspecified = countUnspecified(yearText);
        int span = 1;
        for (int i = 0; i < unspecified; i++) {
            span *= 10;
        }
        int first = Integer.parseInt(yearText.substring(0, yearText.length() - unspecified)) * span;
        return new int[] {first, first + span - 1};
    }

    private static void rejectUnsupportedYears(String text) {
        if (text.length() > 1 && text.charAt(0) == '-' && text.charAt(1) >= '0' && text.charAt(1) <= '9') {
            throw new InvalidDateException(InvalidDateException.quote(text)
                    + " has a negative year, which is not supported: years run from 0001 to 9999");
        }
        String year = text.split("-", 2)[0];
        boolean allDigits = year.chars().allMatch(c -> c >= '0' && c <= '9');
        if (year.startsWith("Y") || (year.length() > 4 && allDigits)) {
            throw new InvalidDateException(InvalidDateException.quote(text)
                    + " has a year of more than four digits, which is not supported: years run from 0001 to 9999");
        }
    }

    private static void rejectTimeOfDay(String text) {
        if (text.length() > 10 && text.charAt(10) == 'T' && text.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidDateException(InvalidDateException.quote(text)
                    + " has a time of day, which is not supported: give the day only, as in "
                    + text.substring(0, 10));
        }
    }

    private static boolean hasDateShape(String[] parts, boolean allowUnspecified) {
        String digit = allowUnspecified ? "[0-9X]" : "[0-9]";
        if (!parts[0].matches(digit + "{4}")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].matches(digit + "{2}")) {
                return false;
            }
        }
        return true;
    }

    /** EDTF level 1 only lets the rightmost digits be unspecified: 201X and 2016-1X, not 201X-10. */
    private static void requireTrailingUnspecifiedDigits(String text, String digits) {
        int firstUnspecified = digits.indexOf(UNSPECIFIED);
        if (firstUnspecified < 0) {
            return;
        }
        if (firstUnspecified < 4 - MAX_UNSPECIFIED_YEAR_DIGITS) {
            throw new InvalidDateException(InvalidDateException.quote(text)
                    + " is not a valid date: only the last one or two digits of a year can be unspecified,"
                    + " as in 201X or 20XX");
        }
        for (int i = firstUnspecified; i < digits.length(); i++) {
            if (digits.charAt(i) != UNSPECIFIED) {
                throw new InvalidDateException(InvalidDateException.quote(text)
                        + " is not a valid date: only the last digits can be unspecified (X),"
                        + " as in 201X, 2016-XX or 2016-10-XX");
            }
        }
    }

    private static int[] monthRange(String text, String monthText) {
        if (monthText == null || countUnspecified(monthText) == 2) {
            return new int[] {1, 12};
        }
        if (countUnspecified(monthText) == 1) {
            int tens = monthText.charAt(0) - '0';
            if (tens > 1) {
                throw invalid(text, "months run from 01 to 12");
            }
            return new int[] {Math.max(1, tens * 10), Math.min(12, tens * 10 + 9)};
        }
        int month = Integer.parseInt(monthText);
        if (month >= FIRST_SEASON && month <= LAST_SEASON) {
            throw invalid(text, "seasons (21 to 24) are not supported, give a month range such as 2016-03/2016-05");
        }
        if (month < 1 || month > 12) {
            throw invalid(text, "there is no month " + monthText + ", months run from 01 to 12");
        }
        return new int[] {month, month};
    }

    private static int[] dayRange(String text, String dayText, LocalDate month) {
        int length = month.lengthOfMonth();
        int first;
        int last;
        if (countUnspecified(dayText) == 1) {
            int tens = dayText.charAt(0) - '0';
            first = Math.max(1, tens * 10);
            last = Math.min(length, tens * 10 + 9);
        } else {
            first = Integer.parseInt(dayText);
            last = first;
            if (first == 0) {
                throw invalid(text, "days of the month start at 01");
            }
        }
        if (first > last || last > length) {
            throw invalid(text, EnvelopeLabel.monthOfYear(month) + " has " + length + " days");
        }
        return new int[] {first, last};
    }

    private static InvalidDateException invalid(String text, String reason) {
        return new InvalidDateException(InvalidDateException.quote(text) + " is not a valid date: " + reason);
    }

    private static boolean isPartlyKnown(String part) {
        return part != null && countUnspecified(part) < part.length();
    }

    private static int countUnspecified(String part) {
        return (int) part.chars().filter(c -> c == UNSPECIFIED).count();
    }
}
