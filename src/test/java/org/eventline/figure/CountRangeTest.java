package org.eventline.figure;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export columns' rule (killed_min, killed_max): the seed's shapes of claims, and UCDP's estimates in and out of order. */
class CountRangeTest {

    private static final String UCDP = "ucdp";

    @Test
    void atLeastAndAsManyAsOfOneNumberGiveThatNumber() {
        // the seed's three-day bombardment: "at least 100" (Al Jazeera), "as many as 100" (rescue workers)
        assertRange(100L, 100L, List.of(
                people("al-jazeera", null, 100L, null),
                people("rescue-workers", null, null, 100L)));
    }

    @Test
    void onlyPeopleAreCountedNotAGroupAmongThem() {
        // the seed's offensive: "more than 370 people", "including 68 children"
        assertRange(370L, 370L, List.of(
                people("sohr", null, 370L, null),
                claim(ClaimMeasure.KILLED, ClaimGroup.CHILDREN, "sohr", null, 68L, 68L)));
    }

    @Test
    void noPeopleClaimLeavesTheColumnsEmpty() {
        // the seed's Friday strikes: only "at least six civilians"
        assertRange(null, null, List.of(claim(ClaimMeasure.KILLED, ClaimGroup.CIVILIANS, "civil-defence", null, 6L, null)));
        // "killed and wounded a number of people": no number
        assertRange(null, null, List.of(claim(ClaimMeasure.KILLED, ClaimGroup.PEOPLE, "amc", null, null, null)));
        assertRange(null, null, List.of());
    }

    @Test
    void otherMeasuresDoNotCount() {
        assertRange(null, null, List.of(claim(ClaimMeasure.KILLED_OR_INJURED, ClaimGroup.PEOPLE, "a", null, 5L, 5L),
                claim(ClaimMeasure.INJURED, ClaimGroup.PEOPLE, "a", null, 9L, 9L)));
        assertEquals(new CountRange(9L, 9L), CountRange.of(ClaimMeasure.INJURED,
                List.of(claim(ClaimMeasure.INJURED, ClaimGroup.PEOPLE, "a", null, 9L, 9L))));
    }

    @Test
    void aRangeGivesItsBoundsAndClaimantsWiden() {
        assertRange(3L, 20L, List.of(people("a", null, 5L, 8L), people("b", null, 3L, 3L), people("c", null, 20L, null)));
    }

    /** UCDP's rows as the import maps them: best (about), low (at least), high (as many as), and per-side best estimates. */
    @ParameterizedTest(name = "low {0}, best {1}, high {2}")
    @CsvSource({
        "8, 10, 12",
        // out of order in UCDP GED 19.1 Syria: id 313676, 313666, 316252, 236249, 254134
        "1, 2, 1",
        "1, 0, 2",
        "20, 40, 20",
        "8, 15, 7",
        "7, 7, 0",
        "0, 0, 0"})
    void ucdpRowsGiveBackTheirLowAndHigh(long low, long best, long high) {
        List<ClaimedCount> claims = List.of(
                people(UCDP, Estimate.BEST, best, best),
                people(UCDP, Estimate.LOW, low, null),
                people(UCDP, Estimate.HIGH, null, high),
                claim(ClaimMeasure.KILLED, ClaimGroup.COMBATANTS, UCDP, Estimate.BEST, best, best),
                claim(ClaimMeasure.KILLED, ClaimGroup.CIVILIANS, UCDP, Estimate.BEST, 0L, 0L));
        assertRange(low, high, claims);
    }

    @Test
    void anotherClaimantsFiguresStillWidenUcdpsRange() {
        assertRange(5L, 30L, List.of(
                people(UCDP, Estimate.BEST, 9L, 9L), people(UCDP, Estimate.LOW, 5L, null), people(UCDP, Estimate.HIGH, null, 12L),
                people("sohr", null, 30L, null)));
    }

    @Test
    void aBestEstimateCountsOnTheSideWhereItsClaimantGivesNoOtherEstimate() {
        // a low and a best, no high: the low bounds killed_min, the best killed_max
        assertRange(5L, 9L, List.of(people("x", Estimate.BEST, 9L, 9L), people("x", Estimate.LOW, 5L, null)));
    }

    private static void assertRange(Long min, Long max, List<ClaimedCount> claims) {
        assertEquals(new CountRange(min, max), CountRange.of(ClaimMeasure.KILLED, claims));
    }

    private static ClaimedCount people(String claimant, Estimate estimate, Long min, Long max) {
        return claim(ClaimMeasure.KILLED, ClaimGroup.PEOPLE, claimant, estimate, min, max);
    }

    private static ClaimedCount claim(ClaimMeasure measure, ClaimGroup group, String claimant, Estimate estimate, Long min, Long max) {
        return new ClaimedCount(measure, group, claimant, estimate, new ClaimFigure(min, max));
    }
}
