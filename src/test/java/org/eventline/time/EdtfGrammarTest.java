package org.eventline.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The check the EDTF tests rely on: it takes the specification's own examples of the forms Eventline writes, and
 * refuses what a conforming parser (edtf.js 4.11) refuses.
 */
class EdtfGrammarTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1985-04-12", "1985-04", "1985", "0000", "1964/2008", "2004-06/2006-08",
            "2004-02-01/2005-02-08", "2004-02-01/2005-02", "2004-02-01/2005", "2005/2006-02", "1984?", "2004-06~",
            "2004-06-11%", "1985-04-12/..", "1985-04/..", "1985/..", "../1985-04-12", "/1985-04-12", "1985-04-12/",
            "1984~/2004-06", "1984/2004-06~", "1984~/2004~", "1984?/2004%", "1984-06?/2004-08?",
            "1984-06-02?/2004-08-08~", "1984-06-02?/", "2016-02-29"})
    void takesTheSpecificationsExamples(String edtf) {
        assertNull(EdtfGrammar.violation(edtf));
    }

    /** edtf.js 4.11 refuses each of these too. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2016-04-22/2016-04", "2016-02-22/2016-02", "2016-10-14/2016-10-14", "2016-10/2016",
            "2017/2016", "2016-13", "2016-00", "2016-02-30", "2016-1", "2016~~", "2016/2017/2018", "2016//2017"})
    void refusesWhatConformingParsersRefuse(String edtf) {
        assertFalse(EdtfGrammar.conforms(edtf));
    }

    /** EDTF that Eventline never writes (centuries, level 2, unspecified digits, seasons), or edtf.js leniencies. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"16", "~2016", "201X", "2016-21", "-2016", "2016-10-14T10:00", "2015-02-29", "../..",
            "/"})
    void refusesWhatEventlineNeverWrites(String edtf) {
        assertFalse(EdtfGrammar.conforms(edtf));
    }
}
