package org.eventline.figure;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Estimate;

/**
 * The numeric columns of the exports (killed_min, killed_max, injured_min, injured_max): the range of
 * a count of people that an event's claims state, by one rule (RULE). A claimant that publishes a low
 * and a high estimate (UCDP) is read by those alone, even when its best estimate lies outside them, so
 * that UCDP's rows give back UCDP's low and high.
 *
 * @param min the lowest number stated; null when no claim states one
 * @param max the highest number stated; null when no claim states one
 */
public record CountRange(Long min, Long max) {

    /** The rule as the documents and schemas state it, for killed (injured reads the same). */
    public static final String RULE = "killed_min is the lowest and killed_max the highest number stated by the event's "
            + "claims of people killed (measure killed, group people), except that a claimant who gives a low estimate "
            + "counts by that estimate alone in killed_min, and one who gives a high estimate by that alone in killed_max; "
            + "empty when no such claim states a number.";

    public static final CountRange NONE = new CountRange(null, null);

    /** The range of people counted by the claims of this measure among the event's claims. */
    public static CountRange of(ClaimMeasure measure, List<ClaimedCount> claims) {
        List<ClaimedCount> counted = claims.stream()
                .filter(claim -> claim.measure() == measure && claim.group() == ClaimGroup.PEOPLE && claim.figure().quantified())
                .toList();
        Set<Object> withLow = claimantsGiving(Estimate.LOW, counted);
        Set<Object> withHigh = claimantsGiving(Estimate.HIGH, counted);
        Long min = counted.stream()
                .filter(claim -> claim.estimate() == Estimate.LOW || !withLow.contains(claim.claimant()))
                .map(claim -> claim.figure().lower())
                .min(Comparator.naturalOrder()).orElse(null);
        Long max = counted.stream()
                .filter(claim -> claim.estimate() == Estimate.HIGH || !withHigh.contains(claim.claimant()))
                .map(claim -> claim.figure().upper())
                .max(Comparator.naturalOrder()).orElse(null);
        return new CountRange(min, max);
    }

    private static Set<Object> claimantsGiving(Estimate estimate, List<ClaimedCount> claims) {
        return claims.stream().filter(claim -> claim.estimate() == estimate).map(ClaimedCount::claimant).collect(Collectors.toSet());
    }
}
