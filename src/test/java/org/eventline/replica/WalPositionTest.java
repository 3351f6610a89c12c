package org.eventline.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WalPositionTest {

    @Test
    void readsAndWritesPositionsAsPostgresqlDoes() {
        assertEquals("16/B374D848", WalPosition.parse("16/B374D848").orElseThrow().toString());
        assertEquals("0/0", WalPosition.parse("0/0").orElseThrow().toString());
        assertEquals("FFFFFFFF/FFFFFFFF", WalPosition.parse("ffffffff/ffffffff").orElseThrow().toString());
    }

    @Test
    void comparesByTheWholePositionHighWordFirst() {
        WalPosition early = WalPosition.parse("0/FFFFFFFF").orElseThrow();
        WalPosition later = WalPosition.parse("1/0").orElseThrow();
        assertTrue(later.reached(early));
        assertFalse(early.reached(later));
        assertTrue(early.reached(early));
        // the highest position is unsigned: above every other, never negative
        assertTrue(WalPosition.parse("FFFFFFFF/FFFFFFFF").orElseThrow().reached(later));
    }

    @Test
    void refusesWhatIsNotAPosition() {
        for (String text : new String[] {"", "16", "16/", "/B3", "16/B374D848/1", "G/0", "123456789/0", " 0/0", "-1/0"}) {
            assertTrue(WalPosition.parse(text).isEmpty(), text);
        }
    }
}
