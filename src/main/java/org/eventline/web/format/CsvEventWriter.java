package org.eventline.web.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

import org.eventline.event.view.EventView;

/** Writes events as RFC 4180 CSV: a header row, then one row per event, UTF-8, CRLF line ends. */
public final class CsvEventWriter implements EventExportWriter {

    private static final CsvMapper CSV = CsvMapper.builder()
            // Quote a cell only when it needs it; by default Jackson quotes every string longer than 24 characters.
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Flushing after every row would push each row to the network on its own; the buffer fills soon enough.
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();

    private SequenceWriter rows;

    @Override
    public void start(OutputStream out) throws IOException {
        // The header is written with the first row; an export with no events still gets it in finish().
        rows = CSV.writerFor(Map.class).with(CsvRow.SCHEMA).writeValues(out);
    }

    @Override
    public void write(EventView event) throws IOException {
        rows.write(CsvRow.of(event));
    }

    @Override
    public void finish() throws IOException {
        rows.close();
    }
}
