package org.eventline.web.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Coordinates come out as plain decimals, with exactly the digits the double holds. */
class CoordinateTest {

    @ParameterizedTest
    @CsvSource({"-0.0001, -0.0001", "37.17, 37.17", "36.2, 36.2", "100.0, 100", "-180, -180", "0.0, 0",
        "-0.0, 0", "1.0E-7, 0.0000001", "12.345678901234, 12.345678901234"})
    void writesPlainDecimals(double degrees, String expected) {
        assertEquals(expected, Coordinate.of(degrees).toPlainString());
    }
}
