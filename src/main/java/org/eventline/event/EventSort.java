package org.eventline.event;

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
}
