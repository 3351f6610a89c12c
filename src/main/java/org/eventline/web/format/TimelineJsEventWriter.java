package org.eventline.web.format;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eventline.event.view.DateView;
import org.eventline.event.view.EventView;

/** Writes events as Knight Lab TimelineJS3 JSON, so a journalist can point TimelineJS straight at an export URL. */
public final class TimelineJsEventWriter implements EventExportWriter {

    public static final String DEFAULT_HEADLINE = "Eventline timeline";
    public static final String DEFAULT_TEXT = "Events exported from Eventline.";

    private final ObjectMapper mapper;
    private final String headline;
    private final String text;
    private JsonGenerator json;

    public TimelineJsEventWriter(ObjectMapper mapper) {
        this(mapper, DEFAULT_HEADLINE, DEFAULT_TEXT);
    }

    /** The title slide's headline and text are written as given: TimelineJS shows them as HTML. */
    public TimelineJsEventWriter(ObjectMapper mapper, String headline, String text) {
        this.mapper = mapper;
        this.headline = headline;
        this.text = text;
    }

    @Override
    public void start(OutputStream out) throws IOException {
        json = mapper.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeObjectFieldStart("title");
        json.writeObjectFieldStart("text");
        writeIfPresent("headline", headline);
        writeIfPresent("text", text);
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("events");
    }

    @Override
    public void write(EventView event) throws IOException {
        json.writeStartObject();
        json.writeStringField("unique_id", event.id() == null ? null : event.id().toString());
        DateView date = event.date();
        if (date != null && date.start() != null) {
            int parts = partsKnown(date.precision());
            writeDate("start_date", date.start(), parts);
            if (date.end() != null && !sameAtPrecision(date.start(), date.end(), parts)) {
                writeDate("end_date", date.end(), parts);
            }
            writeIfPresent("display_date", Html.escape(date.label()));
        }
        json.writeObjectFieldStart("text");
        writeIfPresent("headline", Html.escape(event.title()));
        writeIfPresent("text", Html.escape(event.summary()));
        json.writeEndObject();
        writeIfPresent("group", Html.escape(event.category()));
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        // With AUTO_CLOSE_TARGET off, closing flushes the generator and releases its buffers but not the stream.
        json.close();
    }

    /**
     * How many of year, month, day the precision vouches for. A month-precision event must not show a day:
     * TimelineJS would print "1 October 2016" for "October 2016". Unknown precisions get the year only, for the
     * same reason.
     */
    private static int partsKnown(String precision) {
        if (precision == null) {
            return 1;
        }
        return switch (precision) {
            case "day", "week" -> 3;
            case "month" -> 2;
            default -> 1;
        };
    }

    /** An October envelope runs 1–31 October, but at month precision its end is its start: one point, not a span. */
    private static boolean sameAtPrecision(LocalDate start, LocalDate end, int parts) {
        return start.getYear() == end.getYear()
                && (parts < 2 || start.getMonthValue() == end.getMonthValue())
                && (parts < 3 || start.getDayOfMonth() == end.getDayOfMonth());
    }

    /** Strings, as in the TimelineJS documentation's examples. */
    private void writeDate(String field, LocalDate day, int parts) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("year", String.valueOf(day.getYear()));
        if (parts >= 2) {
            json.writeStringField("month", String.valueOf(day.getMonthValue()));
        }
        if (parts >= 3) {
            json.writeStringField("day", String.valueOf(day.getDayOfMonth()));
        }
        json.writeEndObject();
    }

    /** The TimelineJS format documents these members as optional, not nullable: absent, not null. */
    private void writeIfPresent(String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
