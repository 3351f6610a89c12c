package org.eventline.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.eventline.time.DatePrecision;
import org.eventline.vocabulary.Coded;

/** The width of a /stats/timeline bucket; weeks start on Monday (ISO 8601). */
public enum TimelineInterval implements Coded {
    DAY(DatePrecision.DAY), WEEK(DatePrecision.WEEK), MONTH(DatePrecision.MONTH), YEAR(DatePrecision.YEAR);

    private final DatePrecision precision;

    TimelineInterval(DatePrecision precision) {
        this.precision = precision;
    }

    public DatePrecision precision() {
        return precision;
    }

    public LocalDate bucketStart(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    public LocalDate nextBucketStart(LocalDate bucketStart) {
        return switch (this) {
            case DAY -> bucketStart.plusDays(1);
            case WEEK -> bucketStart.plusWeeks(1);
            case MONTH -> bucketStart.plusMonths(1);
            case YEAR -> bucketStart.plusYears(1);
        };
    }
}
