package org.eventline.web.format;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.eventline.actor.ActorRef;
import org.eventline.event.view.EventView.ClaimView;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Coded;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.Verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a claim reads in a CSV cell: the figure as reported, with who counted what and who said so. */
class ClaimTextTest {

    private static ClaimView claim(Qualifier qualifier, Long min, Long max, String reportedAs) {
        return new ClaimView(UUID.randomUUID(), ClaimMeasure.KILLED, ClaimGroup.CIVILIANS, null, min, max, qualifier,
                null, reportedAs, null, null, null, null);
    }

    @ParameterizedTest(name = "{0} {1}..{2} \"{3}\" -> {4}")
    @CsvSource(nullValues = "null", value = {
        "exactly,     6,    6,    six,         exactly 6",
        "exactly,     6,    null, six,         exactly 6",
        "exactly,     6,    8,    six to eight, 6–8",
        "at_least,    6,    null, at least six, at least 6",
        "more_than,   100,  null, over 100,    more than 100",
        "as_many_as,  null, 40,   up to 40,    as many as 40",
        "about,       20,   20,   some 20,     about 20",
        "about,       10,   15,   10 to 15,    about 10–15",
        "unspecified, null, null, dozens,      dozens",
        "unspecified, null, null, null,        unspecified",
        "at_least,    null, null, null,        unspecified",
        "null,        6,    null, null,        6",
    })
    void rendersTheFigureAsReported(String qualifier, Long min, Long max, String reportedAs, String expected) {
        Qualifier parsed = qualifier == null ? null : Coded.find(Qualifier.class, qualifier).orElseThrow();

        assertEquals(expected, ClaimText.figure(claim(parsed, min, max, reportedAs)));
    }

    @Test
    void namesWhatIsCountedAndWhoClaimsIt() {
        ClaimView claim = new ClaimView(UUID.randomUUID(), ClaimMeasure.KILLED_OR_INJURED, ClaimGroup.CIVILIANS, null, 6L,
                null, Qualifier.AT_LEAST, null, "at least six", null,
                new ActorRef(UUID.randomUUID(), "syria-civil-defence", "Syria Civil Defence", ActorKind.ORGANISATION),
                null, Verification.UNVERIFIED);

        assertEquals("killed or injured civilians: at least 6 [Syria Civil Defence, unverified]", ClaimText.of(claim));
    }

    @Test
    void leavesOutAnEmptyAttribution() {
        ClaimView claim = new ClaimView(UUID.randomUUID(), ClaimMeasure.DISPLACED, null, null, 3000L, 3000L,
                Qualifier.ABOUT, null, null, null, null, null, null);

        assertEquals("displaced: about 3000", ClaimText.of(claim));
    }
}
