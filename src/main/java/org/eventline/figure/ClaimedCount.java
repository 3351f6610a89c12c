package org.eventline.figure;

import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.Estimate;

/**
 * A claim as CountRange reads it: what it counts, who made it (any value that is equal for the same
 * claimant, such as the actor's id), which of its claimant's estimates it is, and its figure.
 */
public record ClaimedCount(ClaimMeasure measure, ClaimGroup group, Object claimant, Estimate estimate, ClaimFigure figure) {
}
