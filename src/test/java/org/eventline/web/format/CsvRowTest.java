package org.eventline.web.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text cells a spreadsheet would evaluate (OWASP CSV injection) are defused with a leading quote. */
class CsvRowTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"})
    void prefixesFormulaStarts(String text) {
        assertEquals("'" + text, CsvRow.text(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Aleppo", "1=1", " =x", "'quoted", "a-b"})
    void leavesOtherTextAlone(String text) {
        assertEquals(text, CsvRow.text(text));
    }
}
