package org.eventline.time;

import java.time.LocalDate;

/**
 * Writes an envelope as EDTF (levels 0 and 1): a single date when it covers exactly one unit of its precision,
 * otherwise an interval whose sides are whole units only where that says no more and no less than the envelope.
 */
final class EdtfFormat {

    static final String OPEN_END = "..";

    private EdtfFormat() {
    }

    static String format(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate,
            boolean uncertain) {
        String qualifier = qualifier(approximate, uncertain);
        if (end != null && (isSingleUnit(start, end, precision) || start.equals(end))) {
            return (start.equals(end) ? day(start) : bound(start, precision)) + qualifier;
        }
        if (end == null) {
            return (precision.startsUnit(start) ? bound(start, precision) : day(start)) + qualifier + "/" + OPEN_END;
        }
        // A side written as a month or year stands for any day of it. Inside one unit that would let the end come
        // before the start (2016-04-22/2016-04, which conforming parsers reject), so both sides are then days.
        boolean unitsApart = !isSameUnit(start, end, precision);
        String startSide = unitsApart && precision.startsUnit(start) ? bound(start, precision) : day(start);
        String endSide = unitsApart && precision.endsUnit(end) ? bound(end, precision) : day(end);
        return startSide + qualifier + "/" + endSide;
    }

    /** ~ approximate, ? uncertain, % both: EDTF level 1's three qualifiers. */
    private static String qualifier(boolean approximate, boolean uncertain) {
        if (approximate && uncertain) {
            return "%";
        }
        return approximate ? "~" : uncertain ? "?" : "";
    }

    /** Weeks have no EDTF form, so a week envelope is always written as its days. */
    private static boolean isSingleUnit(LocalDate start, LocalDate end, DatePrecision precision) {
        return precision != DatePrecision.WEEK && precision.startsUnit(start) && precision.endsUnit(end)
                && isSameUnit(start, end, precision);
    }

    private static boolean isSameUnit(LocalDate start, LocalDate end, DatePrecision precision) {
        return switch (precision) {
            case DAY, WEEK -> start.equals(end);
            case MONTH -> start.getYear() == end.getYear() && start.getMonth() == end.getMonth();
            case YEAR -> start.getYear() == end.getYear();
        };
    }

    private static String bound(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY, WEEK -> day(date);
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case YEAR -> String.format("%04d", date.getYear());
        };
    }

    private static String day(LocalDate date) {
        return String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
