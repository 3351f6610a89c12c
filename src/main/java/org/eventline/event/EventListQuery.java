package org.eventline.event;

import org.eventline.web.format.ExportFormat;

/**
 * A list of events as asked for, every parameter checked: what matches, in which order, from
 * which position, how many, and in which format.
 *
 * @param after the keyset position to continue after; null for the first page
 * @param limit the page size
 * @param paged whether a limit was given (an export without one returns every match)
 * @param count whether a JSON page carries the total
 */
public record EventListQuery(EventFilter filter, EventSort sort, EventKey after, int limit, boolean paged, boolean count,
        ExportFormat format) {

    /** The most rows the answer holds: the page size, or every match for an export without a limit. */
    public int maxRows() {
        return format == ExportFormat.JSON || paged ? limit : Integer.MAX_VALUE;
    }
}
