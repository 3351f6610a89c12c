package org.eventline.figure;

/**
 * The counting rule of figures, in one place: which numbers a claim contributes to sums, filters
 * and orders, from its bounds as reported. SQL that counts for speed (the claims listing, the
 * figures per bucket, the events by figure) is tested against it.
 */
public record ClaimFigure(Long min, Long max) {

    /** The rule as the answers state it. */
    public static final String COUNTING_RULE = "A claim adds its min to min_sum and its max to max_sum; a claim that states only "
            + "one bound (at least 6, as many as 10) adds that number to both, and a claim with no number (dozens) adds to "
            + "neither but is still counted in claims.";
    /** How the figure of a claim, which filters and orders events, is chosen. */
    public static final String FIGURE_RULE = "A claim's figure is the highest number it states: its max, or its min when it has no max.";

    /** The lowest number the claim allows, as far as it says: its min, else its max; null when it gives no number. */
    public Long lower() {
        return min != null ? min : max;
    }

    /** The highest number the claim allows, as far as it says: its max, else its min; null when it gives no number. */
    public Long upper() {
        return max != null ? max : min;
    }

    /** The one number that filters and orders events by figure (FIGURE_RULE). */
    public Long figure() {
        return upper();
    }

    /** Whether the claim gives any number at all. */
    public boolean quantified() {
        return min != null || max != null;
    }
}
