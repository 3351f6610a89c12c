package org.eventline.web.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text cells a spreadsheet would evaluate (OWASP CSV injection) are defused with a leading quote; a
 * row's cells are in the header's order (the row is an array, the order written twice).
 */
class CsvRowTest {

    @Test
    void everyCellSitsUnderItsOwnColumn() {
        var event = SampleEvents.strike();
        Object[] cells = CsvRow.of(event);
        assertEquals(CsvRow.SCHEMA.size(), cells.length);
        assertEquals(event.id().toString(), cells[CsvRow.SCHEMA.column("id").getIndex()]);
        assertEquals(event.title(), cells[CsvRow.SCHEMA.column("title").getIndex()]);
        assertEquals(event.date().edtf(), cells[CsvRow.SCHEMA.column("date_edtf").getIndex()]);
        assertEquals(event.dataset(), cells[CsvRow.SCHEMA.column("dataset").getIndex()]);
        assertEquals(event.externalKey(), cells[CsvRow.SCHEMA.column("key").getIndex()]);
    }

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
