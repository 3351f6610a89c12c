package org.eventline.time;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every EDTF form DateEnvelope.fromEdtf accepts, and the messages clients get for what it refuses.
 */
class EdtfParsingTest {

    private static void assertParses(String edtf, String start, String end, DatePrecision precision,
            boolean approximate) {
        DateEnvelope envelope = DateEnvelope.fromEdtf(edtf);
        assertEquals(LocalDate.parse(start), envelope.start(), "start of " + edtf);
        assertEquals(end == null ? null : LocalDate.parse(end), envelope.end(), "end of " + edtf);
        assertEquals(precision, envelope.precision(), "precision of " + edtf);
        assertEquals(approximate, envelope.approximate(), "approximate of " + edtf);
    }

    /** ~ is approximate, ? uncertain, % both; on either side of an interval it qualifies the envelope. */
    private static void assertQualified(String edtf, boolean approximate, boolean uncertain) {
        DateEnvelope envelope = DateEnvelope.fromEdtf(edtf);
        assertEquals(approximate, envelope.approximate(), "approximate of " + edtf);
        assertEquals(uncertain, envelope.uncertain(), "uncertain of " + edtf);
    }

    /** Asserts the rejection and that its message contains every key phrase. */
    private static InvalidDateException assertRejected(String edtf, String... keyPhrases) {
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> DateEnvelope.fromEdtf(edtf));
        for (String phrase : keyPhrases) {
            assertTrue(e.getMessage().contains(phrase), "'" + e.getMessage() + "' should mention '" + phrase + "'");
        }
        assertFalse(e.getMessage().contains("java"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e;
    }

    @Nested
    class SingleDates {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2016       | 2016-01-01 | 2016-12-31 | YEAR  | false
                2016-10    | 2016-10-01 | 2016-10-31 | MONTH | false
                2016-10-14 | 2016-10-14 | 2016-10-14 | DAY   | false
                2016-02    | 2016-02-01 | 2016-02-29 | MONTH | false
                2015-02    | 2015-02-01 | 2015-02-28 | MONTH | false
                2000-02    | 2000-02-01 | 2000-02-29 | MONTH | false
                1900-02    | 1900-02-01 | 1900-02-28 | MONTH | false
                2016-04    | 2016-04-01 | 2016-04-30 | MONTH | false
                2016-02-29 | 2016-02-29 | 2016-02-29 | DAY   | false
                0001       | 0001-01-01 | 0001-12-31 | YEAR  | false
                0476       | 0476-01-01 | 0476-12-31 | YEAR  | false
                9999-12-31 | 9999-12-31 | 9999-12-31 | DAY   | false
                """)
        void parsesLevelZeroDate(String edtf, String start, String end, DatePrecision precision, boolean approximate) {
            assertParses(edtf, start, end, precision, approximate);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2016~       | 2016-01-01 | 2016-12-31 | YEAR  | true  | false
                2016-10~    | 2016-10-01 | 2016-10-31 | MONTH | true  | false
                2016-10-14~ | 2016-10-14 | 2016-10-14 | DAY   | true  | false
                2016?       | 2016-01-01 | 2016-12-31 | YEAR  | false | true
                2016-10?    | 2016-10-01 | 2016-10-31 | MONTH | false | true
                2016-10-14? | 2016-10-14 | 2016-10-14 | DAY   | false | true
                2016%       | 2016-01-01 | 2016-12-31 | YEAR  | true  | true
                2016-10%    | 2016-10-01 | 2016-10-31 | MONTH | true  | true
                2016-10-14% | 2016-10-14 | 2016-10-14 | DAY   | true  | true
                """)
        void parsesQualifiersApart(String edtf, String start, String end, DatePrecision precision,
                boolean approximate, boolean uncertain) {
            assertParses(edtf, start, end, precision, approximate);
            assertQualified(edtf, approximate, uncertain);
            assertEquals(edtf, DateEnvelope.fromEdtf(edtf).edtf());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                201X       | 2010-01-01 | 2019-12-31 | YEAR  | false
                20XX       | 2000-01-01 | 2099-12-31 | YEAR  | false
                201X~      | 2010-01-01 | 2019-12-31 | YEAR  | true
                201X-XX    | 2010-01-01 | 2019-12-31 | YEAR  | false
                201X-XX-XX | 2010-01-01 | 2019-12-31 | YEAR  | false
                2016-XX    | 2016-01-01 | 2016-12-31 | YEAR  | false
                2016-XX-XX | 2016-01-01 | 2016-12-31 | YEAR  | false
                2016-1X    | 2016-10-01 | 2016-12-31 | MONTH | false
                2016-0X    | 2016-01-01 | 2016-09-30 | MONTH | false
                2016-1X-XX | 2016-10-01 | 2016-12-31 | MONTH | false
                2016-10-XX | 2016-10-01 | 2016-10-31 | MONTH | false
                2016-02-XX | 2016-02-01 | 2016-02-29 | MONTH | false
                2016-10-XX?| 2016-10-01 | 2016-10-31 | MONTH | false
                2016-10-0X | 2016-10-01 | 2016-10-09 | DAY   | false
                2016-10-1X | 2016-10-10 | 2016-10-19 | DAY   | false
                2016-10-3X | 2016-10-30 | 2016-10-31 | DAY   | false
                2016-02-2X | 2016-02-20 | 2016-02-29 | DAY   | false
                2015-02-2X | 2015-02-20 | 2015-02-28 | DAY   | false
                """)
        void parsesUnspecifiedDigitsAsTheRangeTheyCover(String edtf, String start, String end,
                DatePrecision precision, boolean approximate) {
            assertParses(edtf, start, end, precision, approximate);
        }

        @Test
        void derivesTheLabelOfWhatItParsed() {
            assertEquals("about October 2016", DateEnvelope.fromEdtf("2016-10~").label());
            assertEquals("2010\u20132019", DateEnvelope.fromEdtf("201X").label());
        }
    }

    @Nested
    class Intervals {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2011/2016                   | 2011-01-01 | 2016-12-31 | YEAR  | false
                2016-01/2016-10             | 2016-01-01 | 2016-10-31 | MONTH | false
                2016-11/2017-02             | 2016-11-01 | 2017-02-28 | MONTH | false
                2016-10-12/2016-10-14       | 2016-10-12 | 2016-10-14 | DAY   | false
                2016-10-03/2016-10-09       | 2016-10-03 | 2016-10-09 | DAY   | false
                2016-10-14/2016-10-14       | 2016-10-14 | 2016-10-14 | DAY   | false
                2016/2016                   | 2016-01-01 | 2016-12-31 | YEAR  | false
                2016-01/2016-02             | 2016-01-01 | 2016-02-29 | MONTH | false
                """)
        void parsesClosedInterval(String edtf, String start, String end, DatePrecision precision,
                boolean approximate) {
            assertParses(edtf, start, end, precision, approximate);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2011/2016-10-14       | 2011-01-01 | 2016-10-14 | YEAR  | false
                2016-10-12/2016-11    | 2016-10-12 | 2016-11-30 | MONTH | false
                2016-10/2016-10-14    | 2016-10-01 | 2016-10-14 | MONTH | false
                2016-10-14/2017       | 2016-10-14 | 2017-12-31 | YEAR  | false
                2016-1X/2017-0X       | 2016-10-01 | 2017-09-30 | MONTH | false
                201X/2020-05-01       | 2010-01-01 | 2020-05-01 | YEAR  | false
                """)
        void givesMixedIntervalTheCoarserPrecision(String edtf, String start, String end, DatePrecision precision,
                boolean approximate) {
            assertParses(edtf, start, end, precision, approximate);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2016-10-12~/2016-10-14 | 2016-10-12 | 2016-10-14 | DAY  | true  | false
                2016-10-12/2016-10-14~ | 2016-10-12 | 2016-10-14 | DAY  | true  | false
                2016-10-12?/2016-10-14 | 2016-10-12 | 2016-10-14 | DAY  | false | true
                2016-10-12/2016-10-14? | 2016-10-12 | 2016-10-14 | DAY  | false | true
                2011/2016%             | 2011-01-01 | 2016-12-31 | YEAR | true  | true
                2011?/2016~            | 2011-01-01 | 2016-12-31 | YEAR | true  | true
                2016-09-21?/..         | 2016-09-21 |            | DAY  | false | true
                """)
        void parsesIntervalWithQualifiedSideAsQualifiedEnvelope(String edtf, String start, String end,
                DatePrecision precision, boolean approximate, boolean uncertain) {
            assertParses(edtf, start, end, precision, approximate);
            assertQualified(edtf, approximate, uncertain);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2011/..        | 2011-01-01 | | YEAR  | false
                2016-10/..     | 2016-10-01 | | MONTH | false
                2016-09-21/..  | 2016-09-21 | | DAY   | false
                2016-09-21~/.. | 2016-09-21 | | DAY   | true
                201X/..        | 2010-01-01 | | YEAR  | false
                """)
        void parsesOpenEndedInterval(String edtf, String start, String end, DatePrecision precision,
                boolean approximate) {
            assertParses(edtf, start, end, precision, approximate);
            assertTrue(DateEnvelope.fromEdtf(edtf).isOpen());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2011/         | 2011-01-01 | | YEAR | false
                2016-09-21~/  | 2016-09-21 | | DAY  | true
                """)
        void treatsUnknownEndAsOpen(String edtf, String start, String end, DatePrecision precision,
                boolean approximate) {
            assertParses(edtf, start, end, precision, approximate);
        }
    }

    @Nested
    class Rejections {

        @ParameterizedTest
        @NullAndEmptySource
        void rejectsMissingInput(String edtf) {
            assertRejected(edtf, "empty", "expected YYYY, YYYY-MM or YYYY-MM-DD");
        }

        @Test
        void rejectsImpossibleDayNamingTheMonthLength() {
            InvalidDateException e = assertRejected("2016-02-30");
            assertEquals("'2016-02-30' is not a valid date: February 2016 has 29 days", e.getMessage());
        }

        @Test
        void rejectsLeapDayInACommonYear() {
            assertRejected("2015-02-29", "February 2015 has 28 days");
            assertRejected("1900-02-29", "February 1900 has 28 days");
        }

        @Test
        void rejectsThirtyFirstOfAThirtyDayMonth() {
            assertRejected("2016-04-31", "April 2016 has 30 days");
        }

        @Test
        void rejectsDayZero() {
            assertRejected("2016-10-00", "not a valid date", "01");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2016-13", "2016-00", "2016-13-01", "2016-99"})
        void rejectsMonthOutOfRange(String edtf) {
            assertRejected(edtf, "not a valid date", "months run from 01 to 12");
        }

        @Test
        void rejectsSeasonsWithAHint() {
            assertRejected("2016-21", "seasons", "2016-03/2016-05");
        }

        @ParameterizedTest
        @ValueSource(strings = {"../2016", "/2016", "..", "../..", "/"})
        void rejectsIntervalWithoutEarliestDay(String edtf) {
            assertRejected(edtf);
        }

        @Test
        void explainsThatOpenStartsAreNotSupported() {
            assertRejected("../2016", "no earliest day", "not supported");
            assertRejected("/2016", "no earliest day");
        }

        @Test
        void rejectsIntervalEndingBeforeItStarts() {
            InvalidDateException e = assertRejected("2016/2015");
            assertEquals("'2016/2015' ends (2015) before it starts (2016)", e.getMessage());
            assertRejected("2016-10-15/2016-10-14", "before it starts");
            assertRejected("2016-11/2016-10-31", "before it starts");
        }

        @ParameterizedTest
        @ValueSource(strings = {"-2016", "-0500", "-0500/2016"})
        void rejectsNegativeYears(String edtf) {
            assertRejected(edtf, "negative year", "0001 to 9999");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0000", "0000-06-01", "00XX", "0000/2016", "0000~"})
        void rejectsTheYearZeroWhichIsOneBeforeTheCommonEra(String edtf) {
            assertRejected(edtf, "0001 to 9999");
        }

        @ParameterizedTest
        @ValueSource(strings = {"20160", "12016-10-14", "Y20160", "Y170000002"})
        void rejectsYearsOfMoreThanFourDigits(String edtf) {
            assertRejected(edtf, "more than four digits");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "16", "201", "16-10-2016", "14/10/2016", "14/10", "2016-1", "2016-10-1",
                "2016-1-05", "2016-10-14-01", "2016 ", " 2016", "2016.10", "2016_10", "October 2016", "2016-OCT",
                "~2016", "2016~~", "2016~?", "2016?%", "~", "2016-", "-", "201x", "２０１６"})
        void rejectsGarbageNamingTheExpectedShapes(String edtf) {
            assertRejected(edtf, "is not a date", "expected YYYY, YYYY-MM or YYYY-MM-DD");
        }

        @Test
        void rejectsTimeOfDayOfferingTheDay() {
            assertRejected("2016-10-14T10:00:00", "time of day", "2016-10-14");
        }

        @Test
        void rejectsOverLongInputWithoutEchoingIt() {
            String longInput = "2016-10-14/2016-10-15" + "x".repeat(44);
            InvalidDateException e = assertRejected(longInput, "too long", "64");
            assertFalse(e.getMessage().contains(longInput), e.getMessage());
        }

        @Test
        void judgesInputOfExactlyTheMaximumLengthOnItsShape() {
            assertRejected("x".repeat(64), "is not a date");
        }

        @Test
        void rejectsUnspecifiedDigitsBeforeKnownOnes() {
            assertRejected("201X-10", "only the last digits can be unspecified");
            assertRejected("2016-XX-14", "only the last digits can be unspecified");
            assertRejected("2016-X0", "only the last digits can be unspecified");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2XXX", "XXXX", "X016"})
        void rejectsYearWithMoreThanTwoUnspecifiedDigits(String edtf) {
            assertRejected(edtf, "one or two digits of a year");
        }

        @Test
        void rejectsUnspecifiedMonthThatCannotExist() {
            assertRejected("2016-2X", "months run from 01 to 12");
        }

        @Test
        void rejectsUnspecifiedDayThatCannotExist() {
            assertRejected("2016-02-3X", "February 2016 has 29 days");
            assertRejected("2016-10-4X", "October 2016 has 31 days");
        }

        @Test
        void rejectsMoreThanOneSlash() {
            assertRejected("2011/2016/2017", "is not a date", "an interval such as 2011/2016");
            assertRejected("2011/../..", "is not a date", "an interval such as 2011/2016");
        }

        @Test
        void namesTheWrongSideOfAnInterval() {
            assertRejected("2016-02-30/2017", "the start of '2016-02-30/2017'", "February 2016 has 29 days");
            assertRejected("2016/10", "the end of '2016/10'", "'10' is not a date");
            assertRejected("2016/..~", "the end of");
        }
    }
}
