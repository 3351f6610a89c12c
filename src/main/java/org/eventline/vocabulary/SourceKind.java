package org.eventline.vocabulary;

import jakarta.persistence.Converter;

/** What sort of publication or report a source is. */
public enum SourceKind implements Coded {
    NEWS_ARTICLE, INTERVIEW, BRIEFING, MONITOR_REPORT, AGENCY_REPORT, PRESS_REMARKS, ACTIVIST_REPORT, PHOTOGRAPH;

    @Converter(autoApply = true)
    public static class Column extends CodedConverter<SourceKind> {
        public Column() {
            super(SourceKind.class);
        }
    }
}
