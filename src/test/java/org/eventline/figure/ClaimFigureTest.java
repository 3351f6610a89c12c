package org.eventline.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counting rule of figures: what each shape of reported figure adds to sums and which number orders it. */
class ClaimFigureTest {

    @ParameterizedTest(name = "min {0}, max {1}: lower {2}, upper {3}, quantified {4}")
    @CsvSource(nullValues = "null", value = {
        // exactly or about one number
        "6,    6,    6,    6,    true",
        // a range
        "6,    8,    6,    8,    true",
        // at least 6: the only bound counts in both sums
        "6,    null, 6,    6,    true",
        // as many as 10
        "null, 10,   10,   10,   true",
        // dozens: no number
        "null, null, null, null, false"})
    void countsEachShapeOfFigure(Long min, Long max, Long lower, Long upper, boolean quantified) {
        ClaimFigure figure = new ClaimFigure(min, max);

        assertEquals(lower, figure.lower());
        assertEquals(upper, figure.upper());
        assertEquals(upper, figure.figure());
        assertEquals(quantified, figure.quantified());
    }
}
