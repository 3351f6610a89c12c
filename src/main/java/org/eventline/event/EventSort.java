package org.eventline.event;

import org.eventline.web.QueryParameters;

/** Chronological order of the timeline: by the envelope's start, then id, so ties are stable. */
public enum EventSort {
    DATE("date"),
    DATE_DESCENDING("-date");

    private final String code;

    EventSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EventSort fromCode(String code) {
        for (EventSort sort : values()) {
            if (sort.code.equals(code)) {
                return sort;
            }
        }
        return null;
    }

    /** The declared sort parameter; an unknown code is an error naming it. */
    public static EventSort read(QueryParameters parameters, String declared) {
        return parameters.single("sort", declared).map(code -> {
            EventSort known = fromCode(code);
            if (known == null) {
                parameters.error("sort", "unknown sort '" + code + "'; valid: date, -date");
            }
            return known;
        }).orElse(DATE);
    }
}
