package org.eventline.web;

import java.util.Locale;

/** Turns user text into a case-insensitive LIKE pattern without letting its % or _ act as wildcards. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** "%text%", lowercased, with LIKE's wildcards and escape character escaped (for ILIKE ... ESCAPE '\\'). */
    public static String contains(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
