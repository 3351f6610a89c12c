package org.eventline.event;

import org.eventline.vocabulary.ClaimMeasure;

/**
 * The figure part of an /events query: only events with a claim of the measure whose figure
 * (figure/ClaimFigure) lies in [min, max], inclusive, either bound open (null). With no bound, the
 * events with any figure of the measure: the events sort=figure orders.
 */
public record FigureFilter(ClaimMeasure measure, Long min, Long max) {

    /** The lower bound as the condition compares it: figures are never negative. */
    long minOrZero() {
        return min == null ? 0 : min;
    }
}
