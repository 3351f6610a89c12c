package org.eventline.web.format;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.eventline.event.view.DateView;
import org.eventline.event.view.EventView;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large export goes straight through each writer to a stream that keeps nothing, so any writer that buffered the
 * whole export would show up as memory the test run cannot spare.
 */
class ExportStreamingTest {

    private static final int EVENTS = 100_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Counts bytes and throws them away. */
    private static final class CountingStream extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static long stream(Supplier<EventExportWriter> writers) throws IOException {
        EventView template = SampleEvents.strike();
        CountingStream out = new CountingStream();
        EventExportWriter writer = writers.get();
        writer.start(out);
        for (int i = 0; i < EVENTS; i++) {
            // A fresh event each time, as a database cursor would hand them over.
            LocalDate day = LocalDate.of(2011, 1, 1).plusDays(i % 3650);
            writer.write(new EventView(UUID.randomUUID(), template.type(), template.category(),
                    template.title() + " " + i, template.summary(), template.status(),
                    new DateView(day, day, "day", false, false, day.toString(), day.toString()), template.location(),
                    template.locations(), template.actors(), template.claims(), template.quotes(),
                    template.sources(), template.related(), template.externalKey(), template.createdAt(),
                    template.updatedAt()));
        }
        writer.finish();
        return out.count;
    }

    @Test
    void streamsManyEventsAsGeoJson() throws IOException {
        assertTrue(stream(() -> new GeoJsonEventWriter(MAPPER)) > 0);
    }

    @Test
    void streamsManyEventsAsCsv() throws IOException {
        assertTrue(stream(CsvEventWriter::new) > 0);
    }

    @Test
    void streamsManyEventsAsTimelineJs() throws IOException {
        assertTrue(stream(() -> new TimelineJsEventWriter(MAPPER)) > 0);
    }
}
