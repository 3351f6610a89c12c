package org.eventline.web.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eventline.event.view.EventView;

/** Runs a writer over a few events into memory, for tests that read the result back. */
final class Exports {

    private Exports() {
    }

    static String render(EventExportWriter writer, List<EventView> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.start(out);
            for (EventView event : events) {
                writer.write(event);
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
