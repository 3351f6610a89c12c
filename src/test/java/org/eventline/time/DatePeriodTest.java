package org.eventline.time;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Query periods (?from=...&to=...): how each bound is widened to whole days and what is refused.
 */
class DatePeriodTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static void assertBoundRejected(String value, String... keyPhrases) {
        for (InvalidDateException e : new InvalidDateException[] {
                assertThrows(InvalidDateException.class, () -> DatePeriod.parseLowerBound(value)),
                assertThrows(InvalidDateException.class, () -> DatePeriod.parseUpperBound(value))}) {
            for (String phrase : keyPhrases) {
                assertTrue(e.getMessage().contains(phrase), "'" + e.getMessage() + "' should mention '" + phrase + "'");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2016       | 2016-01-01 | 2016-12-31
            2016-10    | 2016-10-01 | 2016-10-31
            2016-02    | 2016-02-01 | 2016-02-29
            2015-02    | 2015-02-01 | 2015-02-28
            2000-02    | 2000-02-01 | 2000-02-29
            1900-02    | 1900-02-01 | 1900-02-28
            2016-04    | 2016-04-01 | 2016-04-30
            2016-12    | 2016-12-01 | 2016-12-31
            2016-10-14 | 2016-10-14 | 2016-10-14
            2016-02-29 | 2016-02-29 | 2016-02-29
            0001       | 0001-01-01 | 0001-12-31
            9999       | 9999-01-01 | 9999-12-31
            """)
    void widensBoundToFirstAndLastDay(String value, String firstDay, String lastDay) {
        assertEquals(date(firstDay), DatePeriod.parseLowerBound(value));
        assertEquals(date(lastDay), DatePeriod.parseUpperBound(value));
    }

    @Test
    void leavesMissingBoundsUnbounded() {
        assertNull(DatePeriod.parseLowerBound(null));
        assertNull(DatePeriod.parseUpperBound(null));
    }

    @Test
    void rejectsImpossibleDayNamingTheMonthLength() {
        InvalidDateException e = assertThrows(InvalidDateException.class,
                () -> DatePeriod.parseUpperBound("2016-02-30"));
        assertEquals("'2016-02-30' is not a valid date: February 2016 has 29 days", e.getMessage());
        assertBoundRejected("2015-02-29", "February 2015 has 28 days");
        assertBoundRejected("2016-06-31", "June 2016 has 30 days");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-13", "2016-00", "2016-13-01"})
    void rejectsImpossibleMonth(String value) {
        assertBoundRejected(value, "not a valid date", "months run from 01 to 12");
    }

    @Test
    void rejectsDayZero() {
        assertBoundRejected("2016-10-00", "not a valid date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"16-10-2016", "14/10/2016", "2016/10", "2016-1", "2016-10-1", "16", "2016 ", " 2016",
            "2016-10-14-01", "October", "2016~", "2016-10?", "201X", "2016-XX", "2011/2016", "2016.10", "-", "2016-"})
    void rejectsOtherShapesNamingTheAcceptedOnes(String value) {
        assertBoundRejected(value, "is not a date", "expected YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void doesNotOfferEdtfFormsInItsMessages() {
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> DatePeriod.parseLowerBound("2016/10"));
        assertFalse(e.getMessage().contains("~"), e.getMessage());
    }

    @Test
    void rejectsEmptyBound() {
        assertBoundRejected("", "empty", "expected YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void rejectsTimeOfDayOfferingTheDay() {
        assertBoundRejected("2016-10-14T00:00:00Z", "time of day", "2016-10-14");
    }

    @Test
    void rejectsNegativeAndLongYears() {
        assertBoundRejected("-2016", "negative year");
        assertBoundRejected("20160", "more than four digits");
    }

    @Test
    void rejectsOverLongBoundWithoutEchoingIt() {
        String longValue = "2016-10-14" + "0".repeat(100);
        assertBoundRejected(longValue, "too long");
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> DatePeriod.parseLowerBound(longValue));
        assertFalse(e.getMessage().contains(longValue), e.getMessage());
    }

    @Test
    void keepsBothBounds() {
        DatePeriod period = new DatePeriod(date("2016-01-01"), date("2016-10-31"));

        assertEquals(date("2016-01-01"), period.from());
        assertEquals(date("2016-10-31"), period.to());
    }

    @Test
    void acceptsASingleDayPeriod() {
        DatePeriod period = new DatePeriod(date("2016-10-14"), date("2016-10-14"));

        assertEquals(period.from(), period.to());
    }

    @Test
    void acceptsMissingBounds() {
        assertNull(new DatePeriod(null, null).from());
        assertNull(new DatePeriod(date("2016-10-14"), null).to());
        assertNull(new DatePeriod(null, date("2016-10-14")).from());
    }

    @Test
    void rejectsFromAfterToNamingBothDays() {
        InvalidDateException e = assertThrows(InvalidDateException.class,
                () -> new DatePeriod(date("2016-10-15"), date("2016-10-14")));
        assertEquals("from (2016-10-15) is after to (2016-10-14)", e.getMessage());
    }

    @Test
    void parsesBothBoundsToWholeUnits() {
        assertEquals(new DatePeriod(date("2016-01-01"), date("2016-10-31")), DatePeriod.of("2016", "2016-10"));
    }

    @Test
    void parsesTheSameMonthAsBothBoundsToThatWholeMonth() {
        assertEquals(new DatePeriod(date("2016-02-01"), date("2016-02-29")), DatePeriod.of("2016-02", "2016-02"));
    }

    @Test
    void parsesMissingBoundsAsUnbounded() {
        assertEquals(new DatePeriod(null, null), DatePeriod.of(null, null));
        assertEquals(new DatePeriod(date("2016-01-01"), null), DatePeriod.of("2016", null));
        assertEquals(new DatePeriod(null, date("2016-12-31")), DatePeriod.of(null, "2016"));
    }

    @Test
    void rejectsParsedFromAfterParsedTo() {
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> DatePeriod.of("2017", "2016"));
        assertEquals("from (2017-01-01) is after to (2016-12-31)", e.getMessage());
    }

    @Test
    void namesTheBoundThatCannotBeParsed() {
        InvalidDateException from = assertThrows(InvalidDateException.class, () -> DatePeriod.of("2016-13", null));
        InvalidDateException to = assertThrows(InvalidDateException.class, () -> DatePeriod.of("2016", "16-10"));

        assertTrue(from.getMessage().startsWith("from: "), from.getMessage());
        assertTrue(from.getMessage().contains("months run from 01 to 12"), from.getMessage());
        assertTrue(to.getMessage().startsWith("to: "), to.getMessage());
        assertTrue(to.getMessage().contains("expected YYYY, YYYY-MM or YYYY-MM-DD"), to.getMessage());
    }
}
