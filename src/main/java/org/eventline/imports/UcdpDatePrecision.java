package org.eventline.imports;

import java.util.Arrays;
import java.util.Optional;

/** The codes of GED's date_prec, and the precision of the date envelope each one makes. */
enum UcdpDatePrecision {
    EXACT_DAY(1, "day"),
    FEW_DAYS(2, "day"),
    WEEK(3, "week"),
    /** The month, or up to 30 days. */
    MONTH(4, "month"),
    /** Within the year. */
    YEAR(5, "year");

    private final int code;
    /** A time/DatePrecision code, as a date entry names it. */
    final String envelopePrecision;

    UcdpDatePrecision(int code, String envelopePrecision) {
        this.code = code;
        this.envelopePrecision = envelopePrecision;
    }

    static Optional<UcdpDatePrecision> of(long code) {
        return Arrays.stream(values()).filter(precision -> precision.code == code).findFirst();
    }
}
