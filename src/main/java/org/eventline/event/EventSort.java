package org.eventline.event;

import org.eventline.web.QueryParameters;

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

    /** A declared sort parameter of a list in date order only (the claims); any other code is an error naming it. */
    public static EventSort readChronological(QueryParameters parameters, String declared) {
        return parameters.single("sort", declared).map(code -> {
            EventSort known = fromCode(code);
            if (known == null || known.byFigure()) {
                parameters.error("sort", "unknown sort '" + code + "'; valid: date, -date");
            }
            return known;
        }).orElse(DATE);
    }
}
