package org.eventline.web.format;

import java.io.ByteArrayOutputStream;

/** Remembers being closed, so a test can show a writer never closes the stream it was given. */
final class CloseTrackingStream extends ByteArrayOutputStream {

    boolean closed;

    @Override
    public void close() {
        closed = true;
    }
}
