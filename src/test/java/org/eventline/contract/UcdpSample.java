package org.eventline.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.eventline.support.TestEvents;

/**
 * A UCDP GED CSV of the header and one real row (from the test resource), each made with an id
 * never imported before, so a hostile row that is wrongly imported shows as a new event, and moved
 * from 2016 to a far-future year, so that event never changes what tests of the curated data read.
 */
final class UcdpSample {

    private static final AtomicInteger FRESH = new AtomicInteger(97_000_000 + (int) (System.nanoTime() % 1_000_000));
    private static final String[] HEAD_AND_ROW = read();
    private static final int YEAR = TestEvents.freshYear();

    private UcdpSample() {
    }

    static String header() {
        return HEAD_AND_ROW[0];
    }

    /** The sample row with a fresh id and this text replaced by that one ("^": the id), then moved to the far-future year. */
    static String row(String text, String replacement) {
        String row = HEAD_AND_ROW[1].replaceFirst("^[0-9]+,", FRESH.incrementAndGet() + ",");
        row = text.equals("^") ? row.replaceFirst("^[0-9]+", replacement) : row.replace(text, replacement);
        return row.replace(",2016,", "," + YEAR + ",").replace("\"2016-01-01\"", "\"" + YEAR + "-01-01\"");
    }

    static String csv(String row) {
        return header() + "\n" + row + "\n";
    }

    private static String[] read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(UcdpSample.class.getResourceAsStream("/ucdp/ged-syria-2016-2019.csv.gz")), StandardCharsets.UTF_8))) {
            return new String[] {lines.readLine(), lines.readLine()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
