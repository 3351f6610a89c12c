package org.eventline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The days the API holds: 0001-01-01 to 9999-12-31, for days, years and instants alike. */
class CalendarRangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1970-01-01", "2016-10-14", "9999-12-31"})
    void holdsTheDaysOfTheCommonEraThatFourDigitsWrite(String day) {
        assertTrue(CalendarRange.contains(LocalDate.parse(day)));
        assertEquals(LocalDate.parse(day), CalendarRange.require(LocalDate.parse(day)));
        assertTrue(CalendarRange.contains(Instant.parse(day + "T00:00:00Z")));
        assertTrue(CalendarRange.contains(Instant.parse(day + "T23:59:59.999Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-12-31", "0000-01-01", "-0044-03-15", "+10000-01-01", "+999999999-12-31"})
    void refusesTheYearZeroAndEveryYearBeyondFourDigits(String day) {
        LocalDate date = LocalDate.parse(day);
        assertFalse(CalendarRange.contains(date));
        assertFalse(CalendarRange.contains(Instant.parse(day + "T12:00:00Z")));
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> CalendarRange.require(date));
        assertTrue(e.getMessage().contains("years run from 0001 to 9999"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10000, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesYearsOutsideTheRange(int year) {
        assertFalse(CalendarRange.contains(year));
        assertThrows(InvalidDateException.class, () -> CalendarRange.requireYear(year));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"})
    void refusesInstantsJustOutsideTheRange(String instant) {
        assertFalse(CalendarRange.contains(Instant.parse(instant)));
    }
}
