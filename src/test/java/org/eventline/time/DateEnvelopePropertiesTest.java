package org.eventline.time;

import java.time.LocalDate;
import java.time.YearMonth;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties over generated envelopes and periods: EDTF round trips, overlap and containment against independent
 * definitions, and parsers that only ever fail with a message for the client.
 */
class DateEnvelopePropertiesTest {

    private static final LocalDate FIRST_DAY = CalendarRange.FIRST_DAY;
    private static final LocalDate LAST_DAY = CalendarRange.LAST_DAY;
    private static final int MAX_LENGTH_IN_UNITS = 400;

    @Property
    void edtfRoundTripKeepsAlignedEnvelopes(@ForAll("alignedEnvelopes") DateEnvelope envelope) {
        DateEnvelope parsed = DateEnvelope.fromEdtf(envelope.edtf());

        assertEquals(envelope.start(), parsed.start(), envelope.edtf());
        assertEquals(envelope.end(), parsed.end(), envelope.edtf());
        assertEquals(envelope.precision(), parsed.precision(), envelope.edtf());
        assertEquals(envelope.approximate(), parsed.approximate(), envelope.edtf());
        assertEquals(envelope.uncertain(), parsed.uncertain(), envelope.edtf());
    }

    /** Bounds off their unit are written as days, so the days survive even where the precision cannot (weeks). */
    @Property
    void edtfRoundTripKeepsTheDaysOfAnyEnvelope(@ForAll("anyEnvelopes") DateEnvelope envelope) {
        DateEnvelope parsed = DateEnvelope.fromEdtf(envelope.edtf());

        assertEquals(envelope.start(), parsed.start(), envelope.edtf());
        assertEquals(envelope.end(), parsed.end(), envelope.edtf());
        assertEquals(envelope.approximate(), parsed.approximate(), envelope.edtf());
        assertEquals(envelope.uncertain(), parsed.uncertain(), envelope.edtf());
        assertTrue(parsed.precision().compareTo(envelope.precision()) <= 0, envelope.edtf());
    }

    /** Whatever its bounds, precision and qualifiers, an envelope is written as EDTF the specification allows. */
    @Property(tries = 5000)
    void edtfConformsToTheSpecification(@ForAll("anyEnvelopes") DateEnvelope envelope) {
        assertNull(EdtfGrammar.violation(envelope.edtf()), envelope.edtf());
    }

    @Property(tries = 2000)
    void edtfOfNearbyBoundsConformsToTheSpecification(@ForAll("nearbyEnvelopes") DateEnvelope envelope) {
        assertNull(EdtfGrammar.violation(envelope.edtf()), envelope.edtf());
    }

    @Property
    void weeksComeBackAsTheirDays(@ForAll("anyDays") LocalDate start, @ForAll boolean approximate) {
        LocalDate end = start.plusDays(6).isAfter(LAST_DAY) ? LAST_DAY : start.plusDays(6);
        DateEnvelope week = DateEnvelope.of(start, end, DatePrecision.WEEK, approximate);
        DateEnvelope parsed = DateEnvelope.fromEdtf(week.edtf());

        assertEquals(DateEnvelope.of(start, end, DatePrecision.DAY, approximate), parsed);
    }

    @Property
    void labelIsNeverBlank(@ForAll("anyEnvelopes") DateEnvelope envelope) {
        assertFalse(envelope.label().isBlank());
    }

    @Property(tries = 2000)
    void overlapsMeansTheIntervalsIntersect(@ForAll("nearbyEnvelopes") DateEnvelope envelope,
            @ForAll("nearbyBounds") LocalDate from, @ForAll("nearbyBounds") LocalDate to) {
        LocalDate latestStart = max(envelope.start(), from == null ? LocalDate.MIN : from);
        LocalDate earliestEnd = min(envelope.end() == null ? LocalDate.MAX : envelope.end(),
                to == null ? LocalDate.MAX : to);

        assertEquals(!latestStart.isAfter(earliestEnd), envelope.overlaps(from, to));
    }

    @Property
    void overlapsMeansTheIntervalsIntersectFarApart(@ForAll("anyEnvelopes") DateEnvelope envelope,
            @ForAll("anyBounds") LocalDate from, @ForAll("anyBounds") LocalDate to) {
        LocalDate latestStart = max(envelope.start(), from == null ? LocalDate.MIN : from);
        LocalDate earliestEnd = min(envelope.end() == null ? LocalDate.MAX : envelope.end(),
                to == null ? LocalDate.MAX : to);

        assertEquals(!latestStart.isAfter(earliestEnd), envelope.overlaps(from, to));
    }

    @Property(tries = 2000)
    void withinMeansEveryPossibleDayIsInThePeriod(@ForAll("nearbyEnvelopes") DateEnvelope envelope,
            @ForAll("nearbyBounds") LocalDate from, @ForAll("nearbyBounds") LocalDate to) {
        LocalDate periodStart = from == null ? LocalDate.MIN : from;
        LocalDate periodEnd = to == null ? LocalDate.MAX : to;
        LocalDate envelopeEnd = envelope.end() == null ? LocalDate.MAX : envelope.end();
        boolean expected = !envelope.start().isBefore(periodStart) && !envelopeEnd.isAfter(periodEnd)
                && !periodStart.isAfter(periodEnd);

        assertEquals(expected, envelope.within(from, to));
    }

    @Property(tries = 2000)
    void withinImpliesOverlaps(@ForAll("nearbyEnvelopes") DateEnvelope envelope,
            @ForAll("nearbyBounds") LocalDate from, @ForAll("nearbyBounds") LocalDate to) {
        if (envelope.within(from, to)) {
            assertTrue(envelope.overlaps(from, to));
        }
    }

    @Property
    void periodBoundsOfAMonthAreItsFirstAndLastDay(@ForAll("anyDays") LocalDate day) {
        YearMonth month = YearMonth.from(day);
        String text = String.format("%04d-%02d", month.getYear(), month.getMonthValue());

        assertEquals(month.atDay(1), DatePeriod.parseLowerBound(text));
        assertEquals(month.atEndOfMonth(), DatePeriod.parseUpperBound(text));
    }

    @Property
    void periodBoundsOfADayAreThatDay(@ForAll("anyDays") LocalDate day) {
        String text = String.format("%04d-%02d-%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());

        assertEquals(day, DatePeriod.parseLowerBound(text));
        assertEquals(day, DatePeriod.parseUpperBound(text));
    }

    @Property(tries = 5000)
    void edtfParsingFailsOnlyWithAClientMessage(@ForAll("edtfLikeText") String text) {
        try {
            DateEnvelope envelope = DateEnvelope.fromEdtf(text);
            assertFalse(envelope.label().isBlank());
        } catch (InvalidDateException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Property(tries = 5000)
    void boundParsingFailsOnlyWithAClientMessage(@ForAll("edtfLikeText") String text) {
        try {
            assertTrue(!DatePeriod.parseUpperBound(text).isBefore(DatePeriod.parseLowerBound(text)));
        } catch (InvalidDateException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<DateEnvelope> alignedEnvelopes() {
        return Arbitraries.oneOf(alignedDays(), alignedMonths(), alignedYears());
    }

    private Arbitrary<DateEnvelope> alignedDays() {
        return Combinators.combine(anyDays(), lengths(), Arbitraries.of(true, false), qualifiers())
                .as((start, length, open, qualifier) -> DateEnvelope.of(start,
                        open ? null : capped(start.plusDays(length)), DatePrecision.DAY, approximate(qualifier),
                        uncertain(qualifier)));
    }

    private Arbitrary<DateEnvelope> alignedMonths() {
        return Combinators.combine(anyDays(), lengths(), Arbitraries.of(true, false), qualifiers())
                .as((day, length, open, qualifier) -> {
                    YearMonth first = YearMonth.from(day);
                    YearMonth last = first.plusMonths(length);
                    LocalDate end = last.getYear() > LAST_DAY.getYear() ? LAST_DAY : last.atEndOfMonth();
                    return DateEnvelope.of(first.atDay(1), open ? null : end, DatePrecision.MONTH,
                            approximate(qualifier), uncertain(qualifier));
                });
    }

    private Arbitrary<DateEnvelope> alignedYears() {
        return Combinators.combine(anyDays(), lengths(), Arbitraries.of(true, false), qualifiers())
                .as((day, length, open, qualifier) -> {
                    int lastYear = Math.min(LAST_DAY.getYear(), day.getYear() + length);
                    return DateEnvelope.of(LocalDate.of(day.getYear(), 1, 1),
                            open ? null : LocalDate.of(lastYear, 12, 31), DatePrecision.YEAR,
                            approximate(qualifier), uncertain(qualifier));
                });
    }

    @Provide
    Arbitrary<DateEnvelope> anyEnvelopes() {
        return Combinators.combine(anyDays(), Arbitraries.integers().between(0, 5000), Arbitraries.of(true, false),
                        Arbitraries.of(DatePrecision.class), qualifiers())
                .as((start, length, open, precision, qualifier) -> DateEnvelope.of(start,
                        open ? null : capped(start.plusDays(length)), precision, approximate(qualifier),
                        uncertain(qualifier)));
    }

    /** Envelopes and bounds within a few weeks of each other, so that touching and boundary days come up often. */
    @Provide
    Arbitrary<DateEnvelope> nearbyEnvelopes() {
        return Combinators.combine(nearbyDays(), Arbitraries.integers().between(0, 10), Arbitraries.of(true, false),
                        Arbitraries.of(DatePrecision.class), qualifiers())
                .as((start, length, open, precision, qualifier) -> DateEnvelope.of(start,
                        open ? null : start.plusDays(length), precision, approximate(qualifier),
                        uncertain(qualifier)));
    }

    @Provide
    Arbitrary<LocalDate> nearbyBounds() {
        return nearbyDays().injectNull(0.2);
    }

    @Provide
    Arbitrary<LocalDate> anyBounds() {
        return anyDays().injectNull(0.2);
    }

    @Provide
    Arbitrary<LocalDate> anyDays() {
        long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
        return Arbitraries.longs().between(0, days).map(FIRST_DAY::plusDays);
    }

    /** Text built from the characters EDTF uses, so most of it is near-miss rather than plain noise. */
    @Provide
    Arbitrary<String> edtfLikeText() {
        return Arbitraries.strings().withChars("0123456789X-/~?%.YT ").ofMinLength(0).ofMaxLength(24);
    }

    /** None, ~, ? and %: bit 1 approximate, bit 2 uncertain. */
    private static Arbitrary<Integer> qualifiers() {
        return Arbitraries.integers().between(0, 3);
    }

    private static boolean approximate(int qualifier) {
        return (qualifier & 1) != 0;
    }

    private static boolean uncertain(int qualifier) {
        return (qualifier & 2) != 0;
    }

    private static Arbitrary<LocalDate> nearbyDays() {
        return Arbitraries.integers().between(0, 30).map(offset -> LocalDate.of(2016, 2, 15).plusDays(offset));
    }

    private static Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(0, MAX_LENGTH_IN_UNITS);
    }

    private static LocalDate capped(LocalDate day) {
        return day.isAfter(LAST_DAY) ? LAST_DAY : day;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
