package org.eventline.web.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.SequenceWriter;

import org.eventline.event.view.EventView;

/** Writes events as RFC 4180 CSV: a header row, then one row per event, UTF-8, CRLF line ends. */
public final class CsvEventWriter implements EventExportWriter {

    /** The terms of each dataset by slug, looked up per row (there are a handful). */
    private final Map<String, DatasetTerms> datasets;
    private SequenceWriter rows;

    /** A writer whose dataset columns name the dataset only. */
    public CsvEventWriter() {
        this(Map.of());
    }

    public CsvEventWriter(Map<String, DatasetTerms> datasets) {
        this.datasets = datasets;
    }

    @Override
    public void start(OutputStream out) throws IOException {
        // The header is written with the first row; an export with no events still gets it in finish().
        rows = CsvSheet.arrayRows(out, CsvRow.SCHEMA);
    }

    @Override
    public void write(EventView event) throws IOException {
        rows.write(CsvRow.of(event, event.dataset() == null ? null : datasets.get(event.dataset())));
    }

    @Override
    public void finish() throws IOException {
        rows.close();
    }
}
