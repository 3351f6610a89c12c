package org.eventline.web.format;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;

import org.eventline.event.view.EventView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV export: RFC 4180, a fixed column order, readable lists and cells a spreadsheet will not execute. */
class CsvEventWriterTest {

    private static final String HEADER = "id,date_start,date_end,date_precision,date_approximate,date_uncertain,date_edtf,"
            + "date_label,type,category,status,title,summary,location,location_slug,location_precision,longitude,"
            + "latitude,locations,actors,claims,sources,source_urls,created_at,updated_at,killed_min,killed_max,injured_min,injured_max,"
            + "key,aggregate,point_precision,codes,dataset,dataset_version,dataset_licence,dataset_citation";

    private static String render(List<EventView> events) {
        return Exports.render(new CsvEventWriter(), events);
    }

    /** Reads the export back the way a script would: by the header's names. */
    private static List<Map<String, String>> rows(String csv) throws IOException {
        CsvMapper reader = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = reader.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return rows.readAll();
        }
    }

    private static Map<String, String> row(EventView event) throws IOException {
        return rows(render(List.of(event))).get(0);
    }

    @Test
    void startsWithTheHeaderInTheDocumentedOrder() {
        String csv = render(SampleEvents.all());

        assertTrue(csv.startsWith(HEADER + "\r\n"), csv);
    }

    @Test
    void writesOneRowPerEvent() throws IOException {
        List<Map<String, String>> rows = rows(render(SampleEvents.all()));

        assertEquals(4, rows.size());
        assertEquals(List.of(SampleEvents.STRIKE_ID.toString(), SampleEvents.SIEGE_ID.toString(),
                        SampleEvents.HOSTILE_ID.toString(), SampleEvents.UPRISING_ID.toString()),
                rows.stream().map(row -> row.get("id")).toList());
    }

    @Test
    void endsEveryRecordWithCrlf() {
        // The hostile event's summary holds a bare \n inside quotes, which RFC 4180 allows; leave it out here.
        String csv = render(List.of(SampleEvents.strike(), SampleEvents.siege(), SampleEvents.uprising()));

        assertTrue(csv.endsWith("\r\n"));
        assertEquals(4, csv.split("\r\n", -1).length - 1, "a header and three records");
        assertEquals(csv.replace("\r\n", "").indexOf('\n'), -1, "no bare LF");
    }

    @Test
    void roundTripsTextNeedingQuotes() throws IOException {
        Map<String, String> row = row(SampleEvents.hostile());

        assertEquals(SampleEvents.HOSTILE_SUMMARY, row.get("summary"));
    }

    @Test
    void prefixesCellsASpreadsheetWouldRunAsFormulas() throws IOException {
        Map<String, String> row = row(SampleEvents.hostile());

        assertEquals("'" + SampleEvents.HOSTILE_TITLE, row.get("title"));
    }

    @Test
    void leavesNegativeCoordinatesAsNumbers() throws IOException {
        String csv = render(List.of(SampleEvents.hostile()));
        Map<String, String> row = rows(csv).get(0);

        assertEquals("-3.7038", row.get("longitude"));
        assertEquals("40.4168", row.get("latitude"));
        assertTrue(csv.contains(",-3.7038,40.4168,"), "unquoted: " + csv);
    }

    @Test
    void quotesOnlyWhatNeedsQuoting() {
        String csv = render(List.of(SampleEvents.strike()));

        assertTrue(csv.contains(",Overnight air strikes on East Aleppo,"), csv);
    }

    @Test
    void flattensListsIntoReadableText() throws IOException {
        Map<String, String> row = row(SampleEvents.strike());

        assertEquals("East Aleppo (site); Aleppo (area)", row.get("locations"));
        assertEquals("Syrian Arab Army (perpetrator); Syria Civil Defence (responder)", row.get("actors"));
        assertEquals("killed civilians: at least 6 [Syria Civil Defence, unverified]; "
                + "killed or injured people: about 10–15 [corroborated]", row.get("claims"));
        assertEquals("Al Jazeera: Aleppo pounded; SOHR: Daily report", row.get("sources"));
        assertEquals("https://example.org/aleppo", row.get("source_urls"), "null urls are skipped");
    }

    @Test
    void writesTheDateAndPrimaryLocationColumns() throws IOException {
        Map<String, String> row = row(SampleEvents.strike());

        assertEquals("2016-10-14", row.get("date_start"));
        assertEquals("2016-10-14", row.get("date_end"));
        assertEquals("day", row.get("date_precision"));
        assertEquals("false", row.get("date_approximate"));
        assertEquals("14 October 2016", row.get("date_label"));
        assertEquals("occurred", row.get("status"));
        assertEquals("East Aleppo", row.get("location"));
        assertEquals("east-aleppo", row.get("location_slug"));
        assertEquals("district", row.get("location_precision"));
        assertEquals("37.17", row.get("longitude"));
        assertEquals("36.2", row.get("latitude"));
        assertEquals("2016-10-14T08:49:49Z", row.get("created_at"));
    }

    @Test
    void leavesMissingValuesEmpty() throws IOException {
        Map<String, String> siege = row(SampleEvents.siege());
        Map<String, String> uprising = row(SampleEvents.uprising());

        assertEquals("", siege.get("summary"));
        assertEquals("", siege.get("location"));
        assertEquals("", siege.get("longitude"));
        assertEquals("", siege.get("actors"));
        assertEquals("true", siege.get("date_approximate"));
        assertEquals("", uprising.get("date_end"), "open-ended");
        assertEquals("2011/..", uprising.get("date_edtf"));
    }

    @Test
    void writesTheHeaderEvenWithNoEvents() {
        assertEquals(HEADER + "\r\n", render(List.of()));
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        CloseTrackingStream out = new CloseTrackingStream();
        CsvEventWriter writer = new CsvEventWriter();

        writer.start(out);
        writer.write(SampleEvents.strike());
        writer.finish();

        assertFalse(out.closed);
        assertTrue(out.size() > 0, "finish() flushes");
    }
}
