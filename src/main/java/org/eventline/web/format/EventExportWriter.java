package org.eventline.web.format;

import java.io.IOException;
import java.io.OutputStream;

import org.eventline.event.view.EventView;

/**
 * Streams events into one export format, one event at a time.
 *
 * <p>An export can be hundreds of thousands of events long, so an implementation holds nothing beyond the event
 * being written: call {@link #start} once, {@link #write} for each event in order, then {@link #finish}. One
 * instance serves one export.
 */
public interface EventExportWriter {

    /** Writes whatever precedes the first event (a header row, the opening of a collection). */
    void start(OutputStream out) throws IOException;

    void write(EventView event) throws IOException;

    /** Closes the document and flushes it; the caller's stream stays open because the caller owns it. */
    void finish() throws IOException;
}
