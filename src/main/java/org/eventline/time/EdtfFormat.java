package org.eventline.time;

import java.time.LocalDate;

/**
 * Writes an envelope as EDTF (levels 0 and 1): a single date when it covers exactly one unit of its precision,
 * otherwise an interval.
 */
final class EdtfFormat {

    static final String OPEN_END = "..";
    private static final String APPROXIMATE = "~";

    private EdtfFormat() {
    }

    static String format(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate) {
        String qualifier = approximate ? APPROXIMATE : "";
        if (isSingleUnit(start, end, precision)) {
            return bound(start, precision) + qualifier;
        }
        String startSide = precision.startsUnit(start) ? bound(start, precision) : day(start);
        String endSide;
        if (end == null) {
            endSide = OPEN_END;
        } else {
            endSide = precision.endsUnit(end) ? bound(end, precision) : day(end);
        }
        return startSide + qualifier + "/" + endSide;
    }

    /** Weeks have no EDTF form, so a week envelope is always written as its days. */
    private static boolean isSingleUnit(LocalDate start, LocalDate end, DatePrecision precision) {
        if (end == null || !precision.startsUnit(start) || !precision.endsUnit(end)) {
            return false;
        }
        return switch (precision) {
            case DAY -> start.equals(end);
            case WEEK -> false;
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
