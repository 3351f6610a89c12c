package org.eventline.claim;

import org.eventline.vocabulary.Coded;

/** The values of the estimate filter: a claimant's estimates (vocabulary/Estimate), and none for claims that are no such estimate. */
public enum EstimateChoice implements Coded {
    BEST, LOW, HIGH, NONE
}
