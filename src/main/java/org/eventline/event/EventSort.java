package org.eventline.event;

/**
 * The orders of an event list, ties broken by id so they are stable: chronological by the
 * envelope's start, or by the event's figure for a measure (FigureFilter; the largest figure
 * among its claims of the measure).
 */
public enum EventSort {
    DATE("date"),
    DATE_DESCENDING("-date"),
    FIGURE("figure"),
    FIGURE_DESCENDING("-figure");

    private final String code;

    EventSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean byFigure() {
        return this == FIGURE || this == FIGURE_DESCENDING;
    }

    public boolean descending() {
        return this == DATE_DESCENDING || this == FIGURE_DESCENDING;
    }

    public static EventSort fromCode(String code) {
        for (EventSort sort : values()) {
            if (sort.code.equals(code)) {
                return sort;
            }
        }
        return null;
    }
}
