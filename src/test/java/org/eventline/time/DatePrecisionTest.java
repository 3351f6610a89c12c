package org.eventline.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The precision codes clients send and read back.
 */
class DatePrecisionTest {

    @Test
    void codesAreLowercaseNames() {
        assertEquals("day", DatePrecision.DAY.code());
        assertEquals("week", DatePrecision.WEEK.code());
        assertEquals("month", DatePrecision.MONTH.code());
        assertEquals("year", DatePrecision.YEAR.code());
    }

    @ParameterizedTest
    @EnumSource(DatePrecision.class)
    void readsBackEveryCodeItWrites(DatePrecision precision) {
        assertEquals(precision, DatePrecision.fromCode(precision.code()));
    }

    @Test
    void readsCodesWhateverTheirCase() {
        assertEquals(DatePrecision.MONTH, DatePrecision.fromCode("Month"));
        assertEquals(DatePrecision.YEAR, DatePrecision.fromCode("YEAR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fortnight", "days", " day", "d"})
    void rejectsUnknownCodeNamingTheValidOnes(String code) {
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> DatePrecision.fromCode(code));
        assertTrue(e.getMessage().contains("is not a date precision"), e.getMessage());
        assertTrue(e.getMessage().contains("day, week, month, year"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsMissingCodeNamingTheValidOnes(String code) {
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> DatePrecision.fromCode(code));
        assertTrue(e.getMessage().contains("required"), e.getMessage());
        assertTrue(e.getMessage().contains("day, week, month, year"), e.getMessage());
    }

    @Test
    void coarserPicksTheVaguerPrecision() {
        assertEquals(DatePrecision.YEAR, DatePrecision.coarser(DatePrecision.DAY, DatePrecision.YEAR));
        assertEquals(DatePrecision.MONTH, DatePrecision.coarser(DatePrecision.MONTH, DatePrecision.WEEK));
        assertEquals(DatePrecision.WEEK, DatePrecision.coarser(DatePrecision.DAY, DatePrecision.WEEK));
        assertEquals(DatePrecision.DAY, DatePrecision.coarser(DatePrecision.DAY, DatePrecision.DAY));
    }
}
