package org.eventline.web.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Choosing an export format from the format parameter or the Accept header. */
class ExportFormatTest {

    private static List<MediaType> accept(String... types) {
        return Arrays.stream(types).map(MediaType::valueOf).toList();
    }

    @Test
    void describesEachFormat() {
        assertEquals("application/geo+json", ExportFormat.GEOJSON.mediaType());
        assertEquals("geojson", ExportFormat.GEOJSON.fileExtension());
        assertEquals("text/csv", ExportFormat.CSV.mediaType());
        assertEquals("csv", ExportFormat.CSV.fileExtension());
        assertEquals("application/json", ExportFormat.TIMELINEJS.mediaType());
        assertEquals("json", ExportFormat.TIMELINEJS.fileExtension());
        assertEquals("application/json", ExportFormat.JSON.mediaType());
        assertNull(ExportFormat.JSON.fileExtension());
        assertEquals("timelinejs", ExportFormat.TIMELINEJS.code());
    }

    @ParameterizedTest
    @CsvSource({"json, JSON", "geojson, GEOJSON", "csv, CSV", "timelinejs, TIMELINEJS"})
    void readsTheFormatParameter(String code, ExportFormat expected) {
        assertEquals(Optional.of(expected), ExportFormat.fromCode(code));
    }

    @Test
    void rejectsAnUnknownFormatParameter() {
        assertEquals(Optional.empty(), ExportFormat.fromCode("xml"));
        assertEquals(Optional.empty(), ExportFormat.fromCode("GeoJSON"), "codes are exact, as the document's enum says");
        assertEquals(Optional.empty(), ExportFormat.fromCode("csv "));
        assertEquals(Optional.empty(), ExportFormat.fromCode(""));
        assertEquals(Optional.empty(), ExportFormat.fromCode(null));
    }

    @Test
    void picksTheFormatOfTheFirstAcceptableType() {
        assertEquals(Optional.of(ExportFormat.GEOJSON), ExportFormat.fromAccept(accept("application/geo+json")));
        assertEquals(Optional.of(ExportFormat.GEOJSON), ExportFormat.fromAccept(accept("application/vnd.geo+json")));
        assertEquals(Optional.of(ExportFormat.CSV), ExportFormat.fromAccept(accept("text/csv; charset=utf-8")));
        assertEquals(Optional.of(ExportFormat.JSON), ExportFormat.fromAccept(accept("application/json")));
        assertEquals(Optional.of(ExportFormat.CSV),
                ExportFormat.fromAccept(accept("application/xml", "text/csv", "application/json")));
    }

    @Test
    void givesJsonForWildcards() {
        assertEquals(Optional.of(ExportFormat.JSON), ExportFormat.fromAccept(accept("*/*")));
        assertEquals(Optional.of(ExportFormat.JSON), ExportFormat.fromAccept(accept("application/*")));
        assertEquals(Optional.of(ExportFormat.JSON), ExportFormat.fromAccept(List.of()), "no Accept header");
        // What a browser sends when someone pastes the URL.
        assertEquals(Optional.of(ExportFormat.JSON), ExportFormat.fromAccept(
                accept("text/html", "application/xhtml+xml", "application/xml;q=0.9", "*/*;q=0.8")));
    }

    @Test
    void findsNothingForUnsupportedTypes() {
        assertEquals(Optional.empty(), ExportFormat.fromAccept(accept("application/xml")));
        assertEquals(Optional.empty(), ExportFormat.fromAccept(accept("text/html", "image/png")));
        assertEquals(Optional.empty(), ExportFormat.fromAccept(accept("application/json;q=0")));
    }
}
