package org.eventline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fingerprint of a query: equal for equal named fields, different for any difference, and stable. */
class QueryFingerprintTest {

    private enum Kind { CITY, REGION }

    private record Box(double minLon, double minLat, double maxLon, double maxLat) {
    }

    @Test
    void equalFieldsGiveEqualFingerprints() {
        UUID id = UUID.fromString("6f1c1f8e-1111-4a4a-9d9d-000000000000");
        assertEquals(QueryFingerprint.of("q", "aleppo").and("kind", Kind.CITY).and("within", id).digest(),
                QueryFingerprint.of("q", "aleppo").and("kind", Kind.CITY).and("within", UUID.fromString(id.toString())).digest());
    }

    @Test
    void isStableAcrossRunsAndVersions() {
        // pinned: a change here invalidates every cursor handed out, so it must be deliberate
        assertEquals("q=6:aleppo;kind=-;", QueryFingerprint.of("q", "aleppo").and("kind", null).fields());
        assertEquals(Sha256.hex("q=6:aleppo;kind=-;", 8), QueryFingerprint.of("q", "aleppo").and("kind", null).digest());
    }

    @Test
    void isSixteenLowercaseHexDigits() {
        assertTrue(QueryFingerprint.of("q", null).digest().matches("[0-9a-f]{16}"));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
        "q=6:aleppo;           | q=4:homs;",
        "q=-;                  | q=4:null;",
        "q=0:;                 | q=-;",
        "q=[];                 | q=-;",
        "q=[1:a1:b];           | q=[1:b1:a];",
        "q=[3:a,b];            | q=[1:a1:b];",
    })
    void differentCanonicalTextsGiveDifferentDigests(String one, String other) {
        assertNotEquals(new QueryFingerprint(one).digest(), new QueryFingerprint(other).digest());
    }

    @Test
    void nullAndTheWordNullDiffer() {
        assertNotEquals(QueryFingerprint.of("q", null), QueryFingerprint.of("q", "null"));
    }

    @Test
    void anEmptyTextAndNoTextDiffer() {
        assertNotEquals(QueryFingerprint.of("q", ""), QueryFingerprint.of("q", null));
    }

    @Test
    void anEmptyListAndNoListDiffer() {
        assertNotEquals(QueryFingerprint.of("types", List.of()), QueryFingerprint.of("types", null));
    }

    @Test
    void theSameValueUnderAnotherNameDiffers() {
        assertNotEquals(QueryFingerprint.of("q", "aleppo").and("kind", null).digest(),
                QueryFingerprint.of("q", null).and("kind", "aleppo").digest());
    }

    @Test
    void valuesCannotBleedIntoEachOther() {
        assertNotEquals(QueryFingerprint.of("a", "x;b=1:y").and("b", null), QueryFingerprint.of("a", "x").and("b", "y"));
        assertNotEquals(QueryFingerprint.of("types", List.of("a,b")), QueryFingerprint.of("types", List.of("a", "b")));
        assertNotEquals(QueryFingerprint.of("types", List.of("ab")), QueryFingerprint.of("types", List.of("a", "b")));
    }

    @Test
    void listOrderCounts() {
        // the callers sort their lists, so an order difference is a different query
        assertNotEquals(QueryFingerprint.of("types", List.of("a", "b")), QueryFingerprint.of("types", List.of("b", "a")));
    }

    @Test
    void anEnumIsWrittenByItsName() {
        assertEquals("kind=4:CITY;", QueryFingerprint.of("kind", Kind.CITY).fields());
        assertNotEquals(QueryFingerprint.of("kind", Kind.CITY), QueryFingerprint.of("kind", Kind.REGION));
    }

    @Test
    void aRecordIsWrittenByItsNamedComponents() {
        assertEquals("bbox={minLon=3:1.0;minLat=3:2.0;maxLon=3:3.0;maxLat=3:4.0;};",
                QueryFingerprint.of("bbox", new Box(1, 2, 3, 4)).fields());
        assertNotEquals(QueryFingerprint.of("bbox", new Box(1, 2, 3, 4)), QueryFingerprint.of("bbox", new Box(1, 2, 4, 3)));
    }

    @Test
    void datesInstantsAndIdsAreWrittenInTheirStandardForm() {
        assertEquals("from=10:2016-10-14;since=20:2016-10-14T00:00:00Z;event=36:6f1c1f8e-1111-4a4a-9d9d-000000000000;",
                QueryFingerprint.of("from", LocalDate.of(2016, 10, 14)).and("since", Instant.parse("2016-10-14T00:00:00Z"))
                        .and("event", UUID.fromString("6f1c1f8e-1111-4a4a-9d9d-000000000000")).fields());
    }

    @Test
    void addingAFieldChangesTheFingerprint() {
        QueryFingerprint base = QueryFingerprint.of("q", "aleppo");
        assertNotEquals(base.digest(), base.and("kind", null).digest());
    }
}
