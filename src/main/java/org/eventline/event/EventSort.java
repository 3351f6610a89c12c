package org.eventline.event;

import java.util.List;
import java.util.stream.Collectors;

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

    /** The orders of a list in date order only (the claims). */
    public static final List<EventSort> CHRONOLOGICAL = List.of(DATE, DATE_DESCENDING);

    /** A declared sort parameter, one of the orders the list offers; any other code is an error naming it. */
    public static EventSort read(QueryParameters parameters, String declared, List<EventSort> offered) {
        return parameters.single("sort", declared).map(code -> {
            EventSort known = fromCode(code);
            if (known == null || !offered.contains(known)) {
                parameters.error("sort", "unknown sort '" + code + "'; valid: "
                        + offered.stream().map(EventSort::code).collect(Collectors.joining(", ")));
            }
            return known;
        }).orElse(DATE);
    }
}
