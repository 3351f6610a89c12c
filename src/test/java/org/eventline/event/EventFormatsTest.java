package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.eventline.support.Api;

/** One query, many formats: JSON pages, GeoJSON, CSV and TimelineJS, chosen by Accept or by format (which wins). */
@QuarkusTest
class EventFormatsTest {

    private static final String OCTOBER_IN_ALEPPO = "location=aleppo&from=2016-10&to=2016-10";

    @Test
    void geoJsonIsAFeatureCollectionWithLonLatPointsOfThePrimaryPlace() {
        JsonPath geo = given().get("/api/v1/events?format=geojson&" + OCTOBER_IN_ALEPPO)
                .then().statusCode(200).contentType("application/geo+json").extract().jsonPath();
        List<Map<String, Object>> events = Api.events(OCTOBER_IN_ALEPPO);
        assertEquals("FeatureCollection", geo.getString("type"));
        assertEquals(events.size(), geo.getList("features").size());
        for (int i = 0; i < events.size(); i++) {
            Map<?, ?> event = events.get(i);
            assertEquals(event.get("id"), geo.getString("features[" + i + "].id"));
            Map<?, ?> primary = (Map<?, ?>) event.get("location");
            if (primary == null) {
                assertNull(geo.get("features[" + i + "].geometry"), "no primary place, no geometry");
            } else {
                Map<?, ?> point = (Map<?, ?>) primary.get("point");
                List<Float> coordinates = geo.getList("features[" + i + "].geometry.coordinates", Float.class);
                assertEquals(((Number) point.get("lon")).floatValue(), coordinates.get(0), 1e-6, "longitude first");
                assertEquals(((Number) point.get("lat")).floatValue(), coordinates.get(1), 1e-6);
                assertNotNull(geo.getString("features[" + i + "].properties.location_precision"));
            }
            assertEquals(event.get("title"), geo.getString("features[" + i + "].properties.title"));
        }
        assertFalse(geo.getMap("$").containsKey("crs"));
    }

    @Test
    void geoJsonIsChosenByTheAcceptHeaderToo() {
        given().accept("application/geo+json").get("/api/v1/events?" + OCTOBER_IN_ALEPPO)
                .then().statusCode(200).contentType("application/geo+json").body("type", is("FeatureCollection"));
    }

    @Test
    void csvIsAnAttachmentWithAHeaderRowAndOneRowPerEvent() throws Exception {
        var response = given().get("/api/v1/events?format=csv&" + OCTOBER_IN_ALEPPO).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename="))
                .header("Content-Disposition", containsString(".csv"))
                .extract();
        String body = response.body().asString();
        assertTrue(body.startsWith("id,date_start,date_end,date_precision"), body.substring(0, 80));
        assertTrue(body.contains("\r\n"), "RFC 4180 line ends");
        List<Map<String, String>> rows = readCsv(body);
        List<Map<String, Object>> events = Api.events(OCTOBER_IN_ALEPPO);
        assertEquals(events.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(events.get(i).get("id"), rows.get(i).get("id"));
            assertEquals(events.get(i).get("title"), rows.get(i).get("title"));
        }
        Map<String, String> hospital = rows.stream()
                .filter(row -> row.get("title").startsWith("Aleppo’s largest remaining civilian hospital")).findFirst().orElseThrow();
        assertTrue(hospital.get("locations").contains("Sakhour hospital"), hospital.get("locations"));
        assertTrue(hospital.get("claims").contains("unverified"), hospital.get("claims"));
    }

    @Test
    void csvIsChosenByTheAcceptHeaderAndFormatWinsOverAccept() {
        given().accept("text/csv").get("/api/v1/events?" + OCTOBER_IN_ALEPPO)
                .then().statusCode(200).contentType(startsWith("text/csv"));
        given().accept("text/csv").get("/api/v1/events?format=json&" + OCTOBER_IN_ALEPPO)
                .then().statusCode(200).contentType(startsWith("application/json")).body("items", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void csvOfTheWholeTimelineStreamsEveryMatchWithoutPaging() throws Exception {
        List<Map<String, String>> rows = readCsv(given().get("/api/v1/events?format=csv&from=2011&to=2016").asString());
        assertEquals(Api.events("from=2011&to=2016").size(), rows.size());
    }

    @Test
    void anExportWithALimitIsOnePageWithALinkToTheNext() throws Exception {
        var response = given().get("/api/v1/events?format=csv&from=2011&to=2016&limit=2").then().statusCode(200).extract();
        assertEquals(2, readCsv(response.asString()).size());
    }

    @Test
    void timelineJsRespectsPrecision() {
        JsonPath timeline = given().get("/api/v1/events?format=timelinejs&from=2011&to=2016")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();
        List<Map<String, Object>> events = Api.events("from=2011&to=2016");
        assertEquals(events.size(), timeline.getList("events").size());
        for (int i = 0; i < events.size(); i++) {
            Map<?, ?> date = (Map<?, ?>) events.get(i).get("date");
            Map<String, Object> start = timeline.getMap("events[" + i + "].start_date");
            assertEquals(((String) date.get("start")).substring(0, 4), start.get("year"));
            switch ((String) date.get("precision")) {
                case "year" -> assertFalse(start.containsKey("month") || start.containsKey("day"), start.toString());
                case "month" -> assertFalse(start.containsKey("day"), "a month-precision event has no day: " + start);
                default -> assertTrue(start.containsKey("day"), start.toString());
            }
            assertEquals(date.get("label"), timeline.getString("events[" + i + "].display_date"));
        }
    }

    @Test
    void jsonPagesAreTheDefault() {
        given().get("/api/v1/events?" + OCTOBER_IN_ALEPPO).then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items", hasSize(Api.events(OCTOBER_IN_ALEPPO).size()));
    }

    private static List<Map<String, String>> readCsv(String body) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new StringReader(body))) {
            return rows.readAll();
        }
    }
}
