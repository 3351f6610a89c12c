package org.eventline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** The real UCDP GED Syria file of the tests, whole or its first rows, and the figures its rows publish. */
final class UcdpFile {

    private UcdpFile() {
    }

    static byte[] wholeFile() {
        try (InputStream in = new GZIPInputStream(UcdpFile.class.getResourceAsStream("/ucdp/ged-syria-2016-2019.csv.gz"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header and the first rows; a quoted field may hold a line break, so records end at a break outside quotes. */
    static byte[] firstRows(int rows) {
        String file = new String(wholeFile(), StandardCharsets.UTF_8);
        boolean quoted = false;
        int records = -1;
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted && ++records == rows) {
                return file.substring(0, i + 1).getBytes(StandardCharsets.UTF_8);
            }
        }
        return file.getBytes(StandardCharsets.UTF_8);
    }

    /** Each row's columns by name, in file order. */
    static List<Map<String, String>> rows(byte[] csv) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return new ArrayList<>(rows.readAll());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event keys the rows import as. */
    static List<String> keys(byte[] csv) {
        return rows(csv).stream().map(row -> UcdpGedFormat.KEY_PREFIX + row.get("id")).toList();
    }

    /** A number column of every row, by the row's event key. */
    static Map<String, Long> column(byte[] csv, String column) {
        Map<String, Long> values = new HashMap<>();
        rows(csv).forEach(row -> values.put(UcdpGedFormat.KEY_PREFIX + row.get("id"), Long.parseLong(row.get(column))));
        return values;
    }
}
