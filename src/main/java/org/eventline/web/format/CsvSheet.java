package org.eventline.web.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** What every CSV download shares: RFC 4180 rows written by one configured mapper, and the rule for text cells. */
public final class CsvSheet {

    private static final CsvMapper CSV = CsvMapper.builder()
            // Quote a cell only when it needs it; by default Jackson quotes every string longer than 24 characters.
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Flushing after every row would push each row to the network on its own; the buffer fills soon enough.
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();

    private CsvSheet() {
    }

    /**
     * A writer of rows (cells by column name) under the schema, whose header row is written with the first
     * row, or on close when there is none.
     */
    public static SequenceWriter rows(OutputStream out, CsvSchema schema) throws IOException {
        return CSV.writerFor(Map.class).with(schema).writeValues(out);
    }

    /** As {@link #rows}, for rows given as arrays of cells in the schema's column order (no lookups by name). */
    public static SequenceWriter arrayRows(OutputStream out, CsvSchema schema) throws IOException {
        return CSV.writerFor(Object[].class).with(schema).writeValues(out);
    }

    /** A schema's usual finish: a header row and CRLF line ends (RFC 4180). */
    public static CsvSchema withHeader(CsvSchema.Builder columns) {
        return columns.build().withHeader().withLineSeparator("\r\n");
    }

    /**
     * Every text cell goes through here. A cell starting with = + - @ tab or CR is run as a formula by Excel and
     * LibreOffice (OWASP "CSV injection"); a leading quote makes it text. Numbers are written as numbers and
     * never pass here, so a western longitude keeps its minus sign.
     */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
