package org.eventline.web.format;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.eventline.event.view.DateView;
import org.eventline.event.view.EventView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TimelineJS export: slides whose dates never claim more precision than the event's date has. */
class TimelineJsEventWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode render(EventView... events) throws IOException {
        return MAPPER.readTree(Exports.render(new TimelineJsEventWriter(MAPPER), List.of(events)));
    }

    private static JsonNode slide(EventView event) throws IOException {
        return render(event).get("events").get(0);
    }

    private static EventView dated(String start, String end, String precision) {
        return SampleEvents.withDate(SampleEvents.strike(), new DateView(LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), precision, false, false, "edtf", "label"));
    }

    @Test
    void writesTheTitleSlideFromTheConstructor() throws IOException {
        String json = Exports.render(new TimelineJsEventWriter(MAPPER, "Aleppo, 2016", "The siege"), List.of());

        JsonNode title = MAPPER.readTree(json).get("title").get("text");
        assertEquals("Aleppo, 2016", title.get("headline").asText());
        assertEquals("The siege", title.get("text").asText());
        assertEquals(0, MAPPER.readTree(json).get("events").size());
    }

    @Test
    void defaultsTheTitle() throws IOException {
        JsonNode title = render().get("title").get("text");

        assertEquals("Eventline timeline", title.get("headline").asText());
    }

    @Test
    void writesOneSlidePerEvent() throws IOException {
        JsonNode events = MAPPER.readTree(Exports.render(new TimelineJsEventWriter(MAPPER), SampleEvents.all()))
                .get("events");

        assertEquals(4, events.size());
        assertEquals(SampleEvents.STRIKE_ID.toString(), events.get(0).get("unique_id").asText());
    }

    @Test
    void givesADayPrecisionEventItsDay() throws IOException {
        JsonNode start = slide(SampleEvents.strike()).get("start_date");

        assertEquals("2016", start.get("year").asText());
        assertEquals("10", start.get("month").asText());
        assertEquals("14", start.get("day").asText());
        assertTrue(start.get("year").isTextual(), "strings, as in the TimelineJS docs");
    }

    @Test
    void givesAMonthPrecisionEventNoDay() throws IOException {
        JsonNode slide = slide(SampleEvents.siege());

        assertEquals("2016", slide.get("start_date").get("year").asText());
        assertEquals("9", slide.get("start_date").get("month").asText());
        assertFalse(slide.get("start_date").has("day"));
        assertFalse(slide.has("end_date"), "1–30 September is one month at month precision");
    }

    @Test
    void givesAYearPrecisionEventTheYearOnly() throws IOException {
        JsonNode start = slide(SampleEvents.uprising()).get("start_date");

        assertEquals("2011", start.get("year").asText());
        assertFalse(start.has("month"));
        assertFalse(start.has("day"));
    }

    @Test
    void givesAWeekPrecisionEventItsFirstDay() throws IOException {
        JsonNode slide = slide(dated("2016-10-10", "2016-10-16", "week"));

        assertEquals("10", slide.get("start_date").get("day").asText());
        assertEquals("16", slide.get("end_date").get("day").asText());
    }

    @Test
    void omitsTheEndOfAnOpenEvent() throws IOException {
        assertFalse(slide(SampleEvents.uprising()).has("end_date"));
    }

    @Test
    void omitsAnEndEqualToTheStart() throws IOException {
        assertFalse(slide(SampleEvents.strike()).has("end_date"));
    }

    @Test
    void writesTheEndOfASpan() throws IOException {
        JsonNode end = slide(SampleEvents.hostile()).get("end_date");

        assertEquals("2016", end.get("year").asText());
        assertEquals("10", end.get("month").asText());
        assertEquals("14", end.get("day").asText());
    }

    @Test
    void writesTheEndOfASpanOfMonthsWithoutDays() throws IOException {
        JsonNode end = slide(dated("2016-09-01", "2016-10-31", "month")).get("end_date");

        assertEquals("10", end.get("month").asText());
        assertFalse(end.has("day"));
    }

    @Test
    void showsTheLabelAsTheDisplayDate() throws IOException {
        assertEquals("around September 2016", slide(SampleEvents.siege()).get("display_date").asText());
    }

    @Test
    void writesTitleSummaryAndCategory() throws IOException {
        JsonNode slide = slide(SampleEvents.strike());

        assertEquals("Overnight air strikes on East Aleppo", slide.get("text").get("headline").asText());
        assertEquals("Air strikes hit residential districts.", slide.get("text").get("text").asText());
        assertEquals("remote_violence", slide.get("group").asText());
    }

    @Test
    void leavesOutAMissingSummary() throws IOException {
        assertFalse(slide(SampleEvents.siege()).get("text").has("text"));
    }

    @Test
    void escapesEventTextBecauseTimelineJsRendersItAsHtml() throws IOException {
        EventView event = SampleEvents.strike();
        EventView hostile = new EventView(event.id(), event.type(), event.category(),
                "<img src=x onerror=alert(1)>", "Tom & Jerry's \"war\"", event.status(), event.date(),
                event.location(), event.locations(), event.actors(), event.claims(), event.quotes(), event.sources(),
                event.related(), event.externalKey(), event.createdAt(), event.updatedAt());

        JsonNode text = slide(hostile).get("text");

        assertEquals("&lt;img src=x onerror=alert(1)&gt;", text.get("headline").asText());
        assertEquals("Tom &amp; Jerry&#39;s &quot;war&quot;", text.get("text").asText());
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        CloseTrackingStream out = new CloseTrackingStream();
        TimelineJsEventWriter writer = new TimelineJsEventWriter(MAPPER);

        writer.start(out);
        writer.write(SampleEvents.strike());
        writer.finish();

        assertFalse(out.closed);
        assertTrue(out.size() > 0, "finish() flushes");
    }
}
