package org.eventline.claim;

import org.eventline.event.EventSort;

/**
 * A list of claims as asked for, every parameter checked.
 *
 * @param after the keyset position to continue after; null for the first page
 * @param paged whether a limit was given (a CSV download without one returns every match)
 * @param csv whether the answer is the CSV download rather than a JSON page
 */
public record ClaimListQuery(ClaimFilter filter, EventSort sort, ClaimKey after, int limit, boolean paged, boolean count, boolean csv) {

    /** The most rows the answer holds: the page size, or every match for a download without a limit. */
    public int maxRows() {
        return !csv || paged ? limit : Integer.MAX_VALUE;
    }
}
