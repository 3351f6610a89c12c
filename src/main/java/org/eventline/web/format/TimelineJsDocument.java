package org.eventline.web.format;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For the OpenAPI document: the Knight Lab TimelineJS3 JSON that TimelineJsEventWriter streams. TimelineJS
 * documents its members as optional, so those the writer leaves out are absent, never null; OpenApiAnswersTest
 * validates real exports against this shape.
 */
@Schema(name = "TimelineJs", description = "Knight Lab TimelineJS3 JSON (format=timelinejs): a title slide and one slide per event.",
        requiredProperties = {"title", "events"})
public record TimelineJsDocument(TitleSlide title, List<Slide> events) {

    @Schema(name = "TimelineJsTitle", requiredProperties = "text")
    public record TitleSlide(SlideText text) {
    }

    @Schema(name = "TimelineJsSlide", requiredProperties = {"unique_id", "start_date", "text"})
    public record Slide(
            @Schema(description = "The event's id.", format = "uuid") String uniqueId,
            @Schema(description = "The envelope's start, to the precision the event is known at.") SlideDate startDate,
            @Schema(description = "Only when the envelope spans more than one day, month or year at its precision.") SlideDate endDate,
            @Schema(description = "The date's human label, as HTML.", examples = "13–14 October 2016") String displayDate,
            SlideText text,
            @Schema(description = "The event's category code.", examples = "remote_violence") String group) {
    }

    /** Strings, as in the TimelineJS documentation's examples; a month-precision date has no day. */
    @Schema(name = "TimelineJsDate", requiredProperties = "year")
    public record SlideDate(
            @Schema(examples = "2016") String year,
            @Schema(description = "1 to 12; absent at year precision.", examples = "10") String month,
            @Schema(description = "Absent at month or year precision.", examples = "14") String day) {
    }

    @Schema(name = "TimelineJsText", requiredProperties = "headline")
    public record SlideText(
            @Schema(description = "HTML: the event's title (escaped).") String headline,
            @Schema(description = "HTML: the event's summary (escaped); absent without one.") String text) {
    }
}
