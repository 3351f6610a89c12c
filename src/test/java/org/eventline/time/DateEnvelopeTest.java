package org.eventline.time;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.eventline.time.DatePrecision.DAY;
import static org.eventline.time.DatePrecision.MONTH;
import static org.eventline.time.DatePrecision.WEEK;
import static org.eventline.time.DatePrecision.YEAR;

/**
 * The date envelope: what it accepts, how it renders to EDTF, the labels it derives and how it meets query periods.
 */
class DateEnvelopeTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static DateEnvelope envelope(String start, String end, DatePrecision precision) {
        return DateEnvelope.of(date(start), end == null ? null : date(end), precision, false);
    }

    private static DateEnvelope approximate(String start, String end, DatePrecision precision) {
        return DateEnvelope.of(date(start), end == null ? null : date(end), precision, true);
    }

    @Nested
    class Construction {

        @Test
        void keepsWhatItIsGiven() {
            DateEnvelope envelope = new DateEnvelope(date("2016-10-12"), date("2016-10-14"), DAY, true, "mid October");

            assertEquals(date("2016-10-12"), envelope.start());
            assertEquals(date("2016-10-14"), envelope.end());
            assertEquals(DAY, envelope.precision());
            assertTrue(envelope.approximate());
            assertEquals("mid October", envelope.label());
        }

        @Test
        void rejectsMissingStart() {
            InvalidDateException e = assertThrows(InvalidDateException.class,
                    () -> DateEnvelope.of(null, date("2016-10-14"), DAY, false));
            assertTrue(e.getMessage().contains("no start"), e.getMessage());
        }

        @Test
        void rejectsMissingPrecision() {
            InvalidDateException e = assertThrows(InvalidDateException.class,
                    () -> DateEnvelope.of(date("2016-10-14"), date("2016-10-14"), null, false));
            assertTrue(e.getMessage().contains("no precision"), e.getMessage());
        }

        @Test
        void rejectsEndBeforeStartNamingBothDays() {
            InvalidDateException e = assertThrows(InvalidDateException.class,
                    () -> DateEnvelope.of(date("2016-10-14"), date("2016-10-13"), DAY, false));
            assertEquals("the envelope ends (2016-10-13) before it starts (2016-10-14)", e.getMessage());
        }

        @Test
        void acceptsEndOnTheStartDay() {
            assertEquals(date("2016-10-14"), envelope("2016-10-14", "2016-10-14", DAY).end());
        }

        @Test
        void acceptsOpenEndForOngoingEvents() {
            DateEnvelope ongoing = envelope("2011-01-01", null, YEAR);

            assertTrue(ongoing.isOpen());
            assertNull(ongoing.end());
        }

        @Test
        void isNotOpenWithAnEnd() {
            assertFalse(envelope("2011-01-01", "2016-12-31", YEAR).isOpen());
        }

        @Test
        void rejectsYearsThatEdtfCannotWrite() {
            assertThrows(InvalidDateException.class, () -> DateEnvelope.year(10000));
            assertThrows(InvalidDateException.class, () -> DateEnvelope.year(-1));
            assertThrows(InvalidDateException.class, () -> DateEnvelope.year(0));
            assertThrows(InvalidDateException.class, () -> DateEnvelope.day(LocalDate.of(-44, 3, 15)));
            InvalidDateException e = assertThrows(InvalidDateException.class,
                    () -> DateEnvelope.of(date("2016-01-01"), LocalDate.of(10000, 1, 1), DAY, false));
            assertTrue(e.getMessage().contains("0001 to 9999"), e.getMessage());
        }

        @Test
        void acceptsTheFirstAndLastSupportedYears() {
            assertEquals(LocalDate.of(1, 1, 1), DateEnvelope.year(1).start());
            assertEquals(LocalDate.of(9999, 12, 31), DateEnvelope.year(9999).end());
        }

        @Test
        void derivesLabelWhenNoneIsGiven() {
            assertEquals("14 October 2016", new DateEnvelope(date("2016-10-14"), date("2016-10-14"), DAY, false, null)
                    .label());
        }

        @Test
        void derivesLabelWhenGivenOneIsBlank() {
            assertEquals("14 October 2016", new DateEnvelope(date("2016-10-14"), date("2016-10-14"), DAY, false, "  ")
                    .label());
        }

        @Test
        void equalsTheSameEnvelopeBuiltWithADerivedLabel() {
            assertEquals(DateEnvelope.day(date("2016-10-14")),
                    new DateEnvelope(date("2016-10-14"), date("2016-10-14"), DAY, false, ""));
        }

        @Test
        void curatedLabelOverridesTheDerivedOne() {
            DateEnvelope curated = DateEnvelope.day(date("2016-09-25")).withLabel("late September 2016");

            assertEquals("late September 2016", curated.label());
            assertEquals(date("2016-09-25"), curated.start());
            assertEquals(date("2016-09-25"), curated.end());
            assertEquals(DAY, curated.precision());
        }

        @Test
        void removingTheCuratedLabelBringsBackTheDerivedOne() {
            DateEnvelope curated = DateEnvelope.year(2016).withLabel("the year of the vote");

            assertEquals("2016", curated.withLabel(null).label());
        }

        @Test
        void buildsASingleDay() {
            assertEquals(envelope("2016-10-14", "2016-10-14", DAY), DateEnvelope.day(date("2016-10-14")));
        }

        @Test
        void buildsAWholeMonth() {
            assertEquals(envelope("2016-10-01", "2016-10-31", MONTH), DateEnvelope.month(YearMonth.of(2016, 10)));
        }

        @Test
        void buildsAWholeFebruaryInALeapYear() {
            assertEquals(date("2016-02-29"), DateEnvelope.month(YearMonth.of(2016, 2)).end());
            assertEquals(date("2000-02-29"), DateEnvelope.month(YearMonth.of(2000, 2)).end());
        }

        @Test
        void buildsAWholeFebruaryInACommonYear() {
            assertEquals(date("2015-02-28"), DateEnvelope.month(YearMonth.of(2015, 2)).end());
            assertEquals(date("1900-02-28"), DateEnvelope.month(YearMonth.of(1900, 2)).end());
        }

        @Test
        void buildsAWholeYear() {
            assertEquals(envelope("2016-01-01", "2016-12-31", YEAR), DateEnvelope.year(2016));
        }

        @Test
        void conveniencesAreNotApproximate() {
            assertFalse(DateEnvelope.day(date("2016-10-14")).approximate());
            assertFalse(DateEnvelope.month(YearMonth.of(2016, 10)).approximate());
            assertFalse(DateEnvelope.year(2016).approximate());
        }
    }

    @Nested
    class EdtfRendering {

        @Test
        void rendersSingleDayAsDate() {
            assertEquals("2016-10-14", DateEnvelope.day(date("2016-10-14")).edtf());
        }

        @Test
        void rendersWholeMonthAsYearAndMonth() {
            assertEquals("2016-10", DateEnvelope.month(YearMonth.of(2016, 10)).edtf());
        }

        @Test
        void rendersWholeLeapFebruaryAsYearAndMonth() {
            assertEquals("2016-02", envelope("2016-02-01", "2016-02-29", MONTH).edtf());
        }

        @Test
        void rendersFebruaryEndingOnThe28thOfALeapYearAsDays() {
            assertEquals("2016-02-01/2016-02-28", envelope("2016-02-01", "2016-02-28", MONTH).edtf());
        }

        @Test
        void rendersWholeYearAsYear() {
            assertEquals("2016", DateEnvelope.year(2016).edtf());
        }

        @Test
        void rendersEarlyYearsWithFourDigits() {
            assertEquals("0476", DateEnvelope.year(476).edtf());
            assertEquals("0001", DateEnvelope.year(1).edtf());
            assertEquals("0800-12-25", DateEnvelope.day(LocalDate.of(800, 12, 25)).edtf());
        }

        @Test
        void rendersMonthRangeAsMonthInterval() {
            assertEquals("2016-01/2016-10", envelope("2016-01-01", "2016-10-31", MONTH).edtf());
        }

        @Test
        void rendersMonthRangeAcrossYearsAsMonthInterval() {
            assertEquals("2016-11/2017-02", envelope("2016-11-01", "2017-02-28", MONTH).edtf());
        }

        @Test
        void rendersTwelveMonthsAtMonthPrecisionAsMonthInterval() {
            assertEquals("2016-01/2016-12", envelope("2016-01-01", "2016-12-31", MONTH).edtf());
        }

        @Test
        void rendersYearRangeAsYearInterval() {
            assertEquals("2011/2016", envelope("2011-01-01", "2016-12-31", YEAR).edtf());
        }

        @Test
        void rendersDayRangeAsDayInterval() {
            assertEquals("2016-10-12/2016-10-14", envelope("2016-10-12", "2016-10-14", DAY).edtf());
        }

        @Test
        void rendersDayRangeCoveringWholeMonthsStillAsDays() {
            assertEquals("2016-10-01/2016-10-31", envelope("2016-10-01", "2016-10-31", DAY).edtf());
        }

        @Test
        void rendersWeekAsDayInterval() {
            assertEquals("2016-10-03/2016-10-09", envelope("2016-10-03", "2016-10-09", WEEK).edtf());
        }

        @Test
        void rendersStartNotOnAMonthBoundaryAsDay() {
            assertEquals("2016-01-15/2016-10", envelope("2016-01-15", "2016-10-31", MONTH).edtf());
        }

        @Test
        void rendersEndNotOnAMonthBoundaryAsDay() {
            assertEquals("2016-09/2016-10-15", envelope("2016-09-01", "2016-10-15", MONTH).edtf());
        }

        /** 2016-04-22/2016-04 could end before it starts: conforming parsers (edtf.js) reject it. */
        @ParameterizedTest(name = "{0} to {1} ({2})")
        @CsvSource(delimiter = '|', textBlock = """
                2016-04-22 | 2016-04-30 | MONTH | 2016-04-22/2016-04-30
                2016-02-22 | 2016-02-29 | MONTH | 2016-02-22/2016-02-29
                2016-10-01 | 2016-10-15 | MONTH | 2016-10-01/2016-10-15
                2016-01-01 | 2016-04-01 | YEAR  | 2016-01-01/2016-04-01
                2016-03-05 | 2016-12-31 | YEAR  | 2016-03-05/2016-12-31
                2016-06-01 | 2016-06-01 | MONTH | 2016-06-01
                2016-01-01 | 2016-01-01 | YEAR  | 2016-01-01
                2016-10-10 | 2016-10-10 | WEEK  | 2016-10-10
                """)
        void rendersAnIntervalInsideOneMonthOrYearAsDays(String start, String end, DatePrecision precision,
                String edtf) {
            assertEquals(edtf, envelope(start, end, precision).edtf());
        }

        /** A side that is a whole unit apart from the other keeps its precision: it cannot end before it starts. */
        @Test
        void keepsAWholeUnitSideThatLiesBeyondTheOtherSide() {
            assertEquals("2016-05-31/2016-06", envelope("2016-05-31", "2016-06-30", MONTH).edtf());
            assertEquals("2011/2016-10-14", envelope("2011-01-01", "2016-10-14", YEAR).edtf());
            assertEquals("2016-01/2016-10-13", envelope("2016-01-01", "2016-10-13", MONTH).edtf());
        }

        @Test
        void rendersYearBoundsNotOnAYearBoundaryAsDays() {
            assertEquals("2011/2016-06-30", envelope("2011-01-01", "2016-06-30", YEAR).edtf());
            assertEquals("2011-03-01/2016", envelope("2011-03-01", "2016-12-31", YEAR).edtf());
            assertEquals("2016-10-01/2016-10-31", envelope("2016-10-01", "2016-10-31", YEAR).edtf());
        }

        @Test
        void rendersOpenYearAsOpenInterval() {
            assertEquals("2011/..", envelope("2011-01-01", null, YEAR).edtf());
        }

        @Test
        void rendersOpenMonthAsOpenInterval() {
            assertEquals("2016-10/..", envelope("2016-10-01", null, MONTH).edtf());
        }

        @Test
        void rendersOpenDayAsOpenInterval() {
            assertEquals("2016-09-21/..", envelope("2016-09-21", null, DAY).edtf());
        }

        @Test
        void rendersOpenYearStartingMidYearWithItsDay() {
            assertEquals("2011-03-01/..", envelope("2011-03-01", null, YEAR).edtf());
        }

        @Test
        void rendersOpenWeekWithItsFirstDay() {
            assertEquals("2016-10-03/..", envelope("2016-10-03", null, WEEK).edtf());
        }

        @Test
        void rendersApproximateMonthWithTilde() {
            assertEquals("2016-10~", approximate("2016-10-01", "2016-10-31", MONTH).edtf());
        }

        @Test
        void rendersApproximateDayWithTilde() {
            assertEquals("2016-10-14~", approximate("2016-10-14", "2016-10-14", DAY).edtf());
        }

        @Test
        void rendersApproximateYearWithTilde() {
            assertEquals("2016~", approximate("2016-01-01", "2016-12-31", YEAR).edtf());
        }

        @Test
        void rendersOpenApproximateDayAsEdtfInterval() {
            assertEquals("2016-09-21~/..", approximate("2016-09-21", null, DAY).edtf());
        }

        @Test
        void rendersApproximateIntervalWithTildeAfterTheStart() {
            assertEquals("2016-10-12~/2016-10-14", approximate("2016-10-12", "2016-10-14", DAY).edtf());
            assertEquals("2011~/2016", approximate("2011-01-01", "2016-12-31", YEAR).edtf());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2016-10-20?            | 2016-10-20 | 2016-10-20 | DAY   | false | true
                2016-10-20~            | 2016-10-20 | 2016-10-20 | DAY   | true  | false
                2016-10-20%            | 2016-10-20 | 2016-10-20 | DAY   | true  | true
                2016-10?               | 2016-10-01 | 2016-10-31 | MONTH | false | true
                2016%                  | 2016-01-01 | 2016-12-31 | YEAR  | true  | true
                2016-09-21?/..         | 2016-09-21 |            | DAY   | false | true
                2016-09-21%/2016-10-14 | 2016-09-21 | 2016-10-14 | DAY   | true  | true
                2011?/2016             | 2011-01-01 | 2016-12-31 | YEAR  | false | true
                """)
        void rendersUncertainWithQuestionMarkAndBothWithPercent(String edtf, String start, String end,
                DatePrecision precision, boolean approximate, boolean uncertain) {
            assertEquals(edtf, DateEnvelope.of(date(start), end == null ? null : date(end), precision, approximate,
                    uncertain).edtf());
        }

        @Test
        void rendersApproximateWeekWithTildeAfterTheFirstDay() {
            assertEquals("2016-10-03~/2016-10-09", approximate("2016-10-03", "2016-10-09", WEEK).edtf());
        }
    }

    @Nested
    class Labels {

        @Test
        void labelsSingleDay() {
            assertEquals("14 October 2016", DateEnvelope.day(date("2016-10-14")).label());
        }

        /** ~ says "about" before the dates, ? says "uncertain" after them, % both. */
        @Test
        void saysApproximateAndUncertainApart() {
            assertEquals("about 20 October 2016", DateEnvelope.fromEdtf("2016-10-20~").label());
            assertEquals("20 October 2016, uncertain", DateEnvelope.fromEdtf("2016-10-20?").label());
            assertEquals("about 20 October 2016, uncertain", DateEnvelope.fromEdtf("2016-10-20%").label());
            assertEquals("since 2011, uncertain", DateEnvelope.fromEdtf("2011?/..").label());
            assertEquals("about 21 September \u2013 14 October 2016", DateEnvelope.fromEdtf("2016-09-21~/2016-10-14").label());
        }

        @Test
        void labelsDayRangeWithinAMonth() {
            assertEquals("12\u201314 October 2016", envelope("2016-10-12", "2016-10-14", DAY).label());
        }

        @Test
        void labelsDayRangeAcrossMonths() {
            assertEquals("30 September \u2013 1 October 2016", envelope("2016-09-30", "2016-10-01", DAY).label());
        }

        @Test
        void labelsDayRangeAcrossYears() {
            assertEquals("30 December 2016 \u2013 2 January 2017", envelope("2016-12-30", "2017-01-02", DAY).label());
        }

        @Test
        void labelsDayRangeCoveringAWholeMonthByDay() {
            assertEquals("1\u201331 October 2016", envelope("2016-10-01", "2016-10-31", DAY).label());
        }

        @Test
        void labelsWeekByItsFirstDay() {
            assertEquals("week of 3 October 2016", envelope("2016-10-03", "2016-10-09", WEEK).label());
        }

        @Test
        void labelsWeekStartingMidWeekByItsFirstDay() {
            assertEquals("week of 5 October 2016", envelope("2016-10-05", "2016-10-11", WEEK).label());
        }

        @Test
        void labelsSeveralWeeksAsDayRange() {
            assertEquals("3\u201323 October 2016", envelope("2016-10-03", "2016-10-23", WEEK).label());
        }

        @Test
        void labelsApproximateWeek() {
            assertEquals("about the week of 3 October 2016", approximate("2016-10-03", "2016-10-09", WEEK).label());
        }

        @Test
        void labelsOpenWeek() {
            assertEquals("since the week of 3 October 2016", envelope("2016-10-03", null, WEEK).label());
        }

        @Test
        void labelsSingleMonth() {
            assertEquals("October 2016", DateEnvelope.month(YearMonth.of(2016, 10)).label());
        }

        @Test
        void labelsMonthRangeWithinAYear() {
            assertEquals("January\u2013October 2016", envelope("2016-01-01", "2016-10-31", MONTH).label());
        }

        @Test
        void labelsMonthRangeAcrossYears() {
            assertEquals("November 2016 \u2013 February 2017", envelope("2016-11-01", "2017-02-28", MONTH).label());
        }

        @Test
        void labelsMonthPrecisionNotOnMonthBoundariesAsDayRange() {
            assertEquals("15 January \u2013 31 October 2016", envelope("2016-01-15", "2016-10-31", MONTH).label());
            assertEquals("1\u201315 October 2016", envelope("2016-10-01", "2016-10-15", MONTH).label());
        }

        @Test
        void labelsSingleYear() {
            assertEquals("2016", DateEnvelope.year(2016).label());
        }

        @Test
        void labelsYearRange() {
            assertEquals("2011\u20132016", envelope("2011-01-01", "2016-12-31", YEAR).label());
        }

        @Test
        void labelsYearPrecisionOnMonthBoundariesAsMonthRange() {
            assertEquals("March 2011 \u2013 June 2016", envelope("2011-03-01", "2016-06-30", YEAR).label());
        }

        @Test
        void labelsYearPrecisionOffMonthBoundariesAsDayRange() {
            assertEquals("15 March 2011 \u2013 30 June 2016", envelope("2011-03-15", "2016-06-30", YEAR).label());
        }

        @Test
        void labelsOpenYear() {
            assertEquals("since 2011", envelope("2011-01-01", null, YEAR).label());
        }

        @Test
        void labelsOpenMonth() {
            assertEquals("since October 2016", envelope("2016-10-01", null, MONTH).label());
        }

        @Test
        void labelsOpenDay() {
            assertEquals("since 21 September 2016", envelope("2016-09-21", null, DAY).label());
        }

        @Test
        void labelsOpenStartNotOnItsPrecisionBoundaryByDay() {
            assertEquals("since 1 March 2011", envelope("2011-03-01", null, YEAR).label());
            assertEquals("since 15 October 2016", envelope("2016-10-15", null, MONTH).label());
        }

        @Test
        void labelsApproximateDay() {
            assertEquals("about 14 October 2016", approximate("2016-10-14", "2016-10-14", DAY).label());
        }

        @Test
        void labelsApproximateRanges() {
            assertEquals("about 12\u201314 October 2016", approximate("2016-10-12", "2016-10-14", DAY).label());
            assertEquals("about October 2016", approximate("2016-10-01", "2016-10-31", MONTH).label());
            assertEquals("about 2011\u20132016", approximate("2011-01-01", "2016-12-31", YEAR).label());
        }

        @Test
        void labelsOpenApproximateDay() {
            assertEquals("since about 21 September 2016", approximate("2016-09-21", null, DAY).label());
        }

        @Test
        void labelsOpenApproximateYear() {
            assertEquals("since about 2011", approximate("2011-01-01", null, YEAR).label());
        }

        @Test
        void labelsLateMonthDayByItsDayUnlessCurated() {
            assertEquals("25 September 2016", DateEnvelope.day(date("2016-09-25")).label());
            assertEquals("30 September 2016", DateEnvelope.day(date("2016-09-30")).label());
        }

        @Test
        void labelsEarlyYearsWithoutPadding() {
            assertEquals("476", DateEnvelope.year(476).label());
            assertEquals("25 December 800", DateEnvelope.day(LocalDate.of(800, 12, 25)).label());
        }
    }

    @Nested
    class Overlaps {

        private final DateEnvelope october12to14 = envelope("2016-10-12", "2016-10-14", DAY);
        private final DateEnvelope since2011 = envelope("2011-01-01", null, YEAR);

        @Test
        void overlapsAPeriodContainingIt() {
            assertTrue(october12to14.overlaps(date("2016-10-01"), date("2016-10-31")));
        }

        @Test
        void overlapsAPeriodInsideIt() {
            assertTrue(october12to14.overlaps(date("2016-10-13"), date("2016-10-13")));
        }

        @Test
        void overlapsAPeriodEndingOnItsFirstDay() {
            assertTrue(october12to14.overlaps(date("2016-10-01"), date("2016-10-12")));
        }

        @Test
        void overlapsAPeriodStartingOnItsLastDay() {
            assertTrue(october12to14.overlaps(date("2016-10-14"), date("2016-10-31")));
        }

        @Test
        void doesNotOverlapAPeriodEndingTheDayBefore() {
            assertFalse(october12to14.overlaps(date("2016-10-01"), date("2016-10-11")));
        }

        @Test
        void doesNotOverlapAPeriodStartingTheDayAfter() {
            assertFalse(october12to14.overlaps(date("2016-10-15"), date("2016-10-31")));
        }

        @Test
        void overlapsAnUnboundedPeriod() {
            assertTrue(october12to14.overlaps(null, null));
            assertTrue(since2011.overlaps(null, null));
        }

        @Test
        void overlapsAPeriodWithoutStartThatEndsInside() {
            assertTrue(october12to14.overlaps(null, date("2016-10-12")));
            assertFalse(october12to14.overlaps(null, date("2016-10-11")));
        }

        @Test
        void overlapsAPeriodWithoutEndThatStartsInside() {
            assertTrue(october12to14.overlaps(date("2016-10-14"), null));
            assertFalse(october12to14.overlaps(date("2016-10-15"), null));
        }

        @Test
        void openEnvelopeOverlapsEveryLaterPeriod() {
            assertTrue(since2011.overlaps(date("2020-01-01"), date("2020-12-31")));
            assertTrue(since2011.overlaps(date("9999-12-31"), null));
        }

        @Test
        void openEnvelopeOverlapsAPeriodEndingOnItsFirstDay() {
            assertTrue(since2011.overlaps(null, date("2011-01-01")));
            assertTrue(since2011.overlaps(date("2010-01-01"), date("2011-01-01")));
        }

        @Test
        void openEnvelopeDoesNotOverlapAnEarlierPeriod() {
            assertFalse(since2011.overlaps(null, date("2010-12-31")));
            assertFalse(since2011.overlaps(date("2010-01-01"), date("2010-12-31")));
        }

        @Test
        void overlapsNothingWhenThePeriodIsEmpty() {
            assertFalse(october12to14.overlaps(date("2016-10-14"), date("2016-10-12")));
            assertFalse(since2011.overlaps(date("2020-01-01"), date("2019-01-01")));
        }

        @Test
        void lastDayOfAMonthOverlapsThatMonthOnly() {
            DateEnvelope october31 = DateEnvelope.day(date("2016-10-31"));
            DatePeriod october = DatePeriod.of("2016-10", "2016-10");
            DatePeriod november = DatePeriod.of("2016-11", "2016-11");

            assertTrue(october31.overlaps(october.from(), october.to()));
            assertFalse(october31.overlaps(november.from(), november.to()));
        }

        @Test
        void leapDayOverlapsFebruaryOfItsYear() {
            DateEnvelope leapDay = DateEnvelope.day(date("2016-02-29"));
            DatePeriod february = DatePeriod.of("2016-02", "2016-02");
            DatePeriod march = DatePeriod.of("2016-03", null);

            assertTrue(leapDay.overlaps(february.from(), february.to()));
            assertFalse(leapDay.overlaps(march.from(), march.to()));
        }

        @Test
        void yearOverlapsPeriodsTouchingItsFirstOrLastDay() {
            DateEnvelope year2016 = DateEnvelope.year(2016);

            assertTrue(year2016.overlaps(DatePeriod.parseLowerBound("2015"), DatePeriod.parseLowerBound("2016")));
            assertTrue(year2016.overlaps(DatePeriod.parseUpperBound("2016"), null));
            assertFalse(year2016.overlaps(DatePeriod.parseLowerBound("2017"), null));
            assertFalse(year2016.overlaps(null, DatePeriod.parseUpperBound("2015")));
        }
    }

    @Nested
    class Within {

        private final DateEnvelope october12to14 = envelope("2016-10-12", "2016-10-14", DAY);
        private final DateEnvelope since2011 = envelope("2011-01-01", null, YEAR);

        @Test
        void isWithinALargerPeriod() {
            assertTrue(october12to14.within(date("2016-10-01"), date("2016-10-31")));
        }

        @Test
        void isWithinAPeriodOfExactlyItsDays() {
            assertTrue(october12to14.within(date("2016-10-12"), date("2016-10-14")));
        }

        @Test
        void isNotWithinAPeriodStartingAfterItsFirstDay() {
            assertFalse(october12to14.within(date("2016-10-13"), date("2016-10-31")));
        }

        @Test
        void isNotWithinAPeriodEndingBeforeItsLastDay() {
            assertFalse(october12to14.within(date("2016-10-01"), date("2016-10-13")));
        }

        @Test
        void isWithinUnboundedPeriods() {
            assertTrue(october12to14.within(null, null));
            assertTrue(october12to14.within(date("2016-10-12"), null));
            assertTrue(october12to14.within(null, date("2016-10-14")));
        }

        @Test
        void openEnvelopeIsWithinOnlyPeriodsWithoutEnd() {
            assertTrue(since2011.within(null, null));
            assertTrue(since2011.within(date("2011-01-01"), null));
            assertFalse(since2011.within(date("2011-01-01"), date("9999-12-31")));
            assertFalse(since2011.within(null, date("2030-12-31")));
        }

        @Test
        void openEnvelopeIsNotWithinAPeriodStartingAfterIt() {
            assertFalse(since2011.within(date("2011-01-02"), null));
        }

        @Test
        void isWithinNoEmptyPeriod() {
            assertFalse(october12to14.within(date("2016-10-14"), date("2016-10-12")));
        }

        @Test
        void monthIsWithinItsOwnMonthPeriod() {
            DateEnvelope february = DateEnvelope.month(YearMonth.of(2016, 2));

            assertTrue(february.within(DatePeriod.parseLowerBound("2016-02"), DatePeriod.parseUpperBound("2016-02")));
            assertFalse(february.within(DatePeriod.parseLowerBound("2016-02"),
                    DatePeriod.parseUpperBound("2016-02-28")));
        }

        @Test
        void yearIsWithinItsOwnYearPeriod() {
            DateEnvelope year2016 = DateEnvelope.year(2016);

            assertTrue(year2016.within(DatePeriod.parseLowerBound("2016"), DatePeriod.parseUpperBound("2016")));
            assertFalse(year2016.within(DatePeriod.parseLowerBound("2016-01-02"), DatePeriod.parseUpperBound("2016")));
        }
    }
}
