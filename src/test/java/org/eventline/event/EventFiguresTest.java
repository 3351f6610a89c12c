package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.figure.ClaimFigure;
import org.eventline.support.Api;
import org.eventline.support.Tokens;
import org.eventline.support.TestEvents;

/**
 * Events by figure: measure with figure_min / figure_max, sort=figure and -figure, against the rule
 * of figure/ClaimFigure applied in Java to the claims the API shows (the SQL reads a stored column
 * and a table kept by triggers); and the triggers' upkeep through writes.
 */
@QuarkusTest
class EventFiguresTest {

    /** The curated events, with figures of several shapes (more than, at least, as many as, exactly, none). */
    private static final String CURATED = "from=2011&to=2016";

    @Inject
    DatasetImporter importer;

    @ParameterizedTest
    @ValueSource(strings = {"killed", "killed&figure_min=100", "killed&figure_min=100&figure_max=100", "killed&figure_max=99",
        "killed&figure_min=371", "killed&figure_min=0&figure_max=6", "besieged&figure_min=275000", "strikes", "injured"})
    void filtersByTheFigureOfAnyClaimOfTheMeasure(String measureAndRange) {
        String measure = measureAndRange.split("&")[0];
        Long min = bound(measureAndRange, "figure_min");
        Long max = bound(measureAndRange, "figure_max");
        List<Object> expected = Api.events(CURATED).stream()
                .filter(event -> claims(event).stream().anyMatch(claim -> measure.equals(claim.get("measure"))
                        && inRange(figure(claim), min, max)))
                .map(event -> event.get("id")).toList();
        List<Object> served = Api.events(CURATED + "&measure=" + measureAndRange).stream().map(event -> event.get("id")).toList();
        assertEquals(expected, served);
        given().get("/api/v1/events?count=true&" + CURATED + "&measure=" + measureAndRange).then().statusCode(200)
                .body("total", is(expected.size()));
    }

    @Test
    void sortsByTheLargestFigureOfTheMeasureThenIdInBothDirectionsPageByPage() {
        List<Map<String, Object>> withKilled = Api.events(CURATED + "&measure=killed");
        assertTrue(withKilled.size() >= 4, "the curated data has several killed figures");
        Comparator<Map<String, Object>> byFigure = Comparator.<Map<String, Object>, Long>comparing(EventFiguresTest::largestKilled)
                .thenComparing(event -> (String) event.get("id"));
        List<Object> ascending = withKilled.stream().sorted(byFigure).map(event -> event.get("id")).toList();
        List<Object> descending = withKilled.stream().sorted(byFigure.reversed()).map(event -> event.get("id")).toList();

        assertEquals(ascending, ids(Api.events(CURATED + "&measure=killed&sort=figure", 1)));
        assertEquals(descending, ids(Api.events(CURATED + "&measure=killed&sort=-figure", 1)));
        assertEquals(descending, ids(Api.events(CURATED + "&measure=killed&sort=-figure", 2)));
        // the civil war's "more than 400,000" first
        assertEquals(400000L, largestKilled(Api.events(CURATED + "&measure=killed&sort=-figure").get(0)));
    }

    @Test
    void sortByFigureKeepsTheOtherFilters() {
        List<Object> inAleppo = ids(Api.events("location=aleppo&from=2016-10&to=2016-10&measure=killed"));
        List<Object> sorted = ids(Api.events("location=aleppo&from=2016-10&to=2016-10&measure=killed&sort=-figure", 1));
        assertEquals(inAleppo.stream().sorted(Comparator.comparing(Object::toString)).toList(),
                sorted.stream().sorted(Comparator.comparing(Object::toString)).toList());
        assertEquals(ids(Api.events(CURATED + "&measure=killed&figure_min=100&sort=-figure")).stream()
                        .sorted(Comparator.comparing(Object::toString)).toList(),
                ids(Api.events(CURATED + "&measure=killed&figure_min=100")).stream().sorted(Comparator.comparing(Object::toString)).toList());
    }

    @Test
    void figureExportsCarryTheSameOrder() {
        String csv = given().get("/api/v1/events?format=csv&" + CURATED + "&measure=killed&sort=-figure").then().statusCode(200)
                .extract().asString();
        List<Object> served = ids(Api.events(CURATED + "&measure=killed&sort=-figure"));
        List<String> lines = csv.lines().skip(1).toList();
        assertEquals(served.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith(served.get(i) + ","), lines.get(i));
        }
    }

    @Test
    void writesKeepTheFiguresTheListsReadUpToDate() {
        int year = TestEvents.freshYear();
        DatasetDocument batch = TestEvents.batch(year, 3);
        importer.importDocument(batch);
        String period = "from=" + year + "&to=" + year + "&date_match=within&measure=killed";
        List<Map<String, Object>> events = Api.events(period + "&sort=-figure");
        assertEquals(3, events.size(), "every event of the batch has 'at least 3' killed");
        String id = (String) events.get(2).get("id");

        // a larger figure puts the event first
        Map<String, Object> claim = claims(events.get(2)).get(0);
        patch(id, Map.of("claims", List.of(claimBody(claim, 50L, 50L), claimBody(claim, 7L, null)))).then().statusCode(200);
        assertEquals(id, Api.events(period + "&sort=-figure").get(0).get("id"));
        assertEquals(List.of(id), ids(Api.events(period + "&figure_min=8&figure_max=60")));
        assertEquals(List.of(id), ids(Api.events(period + "&figure_min=5&figure_max=7")), "the claim of 7 lies in 5..7");

        // moved to another day: the figure order's copy of the days follows
        Map<String, Object> lastDays = new java.util.HashMap<>();
        lastDays.put("edtf", year + "-12-30");
        for (String member : List.of("start", "end", "precision", "approximate", "label")) {
            lastDays.put(member, null);
        }
        patch(id, Map.of("date", lastDays)).then().statusCode(200);
        assertEquals(List.of(id), ids(Api.events("from=" + year + "-12-30&to=" + year + "-12-31&date_match=within&measure=killed&sort=-figure")));

        // no claims left: no figure, out of the measure's list and its order
        patch(id, Map.of("claims", List.of())).then().statusCode(200);
        assertFalse(ids(Api.events(period + "&sort=-figure")).contains(id));
        assertEquals(2, Api.events(period + "&sort=figure").size());
    }

    @Test
    void theSeedsFiguresAreExportedAsNumbers() {
        String query = "/api/v1/events?" + CURATED + "&";
        String csv = given().get(query + "format=csv").then().statusCode(200).extract().asString();
        assertTrue(csv.lines().findFirst().orElseThrow().contains(",killed_min,killed_max,injured_min,injured_max,"));
        Map<String, String> killedById = new java.util.HashMap<>();
        for (Map<String, String> row : csvRows(csv)) {
            killedById.put(row.get("id"), String.join(",", row.get("killed_min"), row.get("killed_max"), row.get("injured_min"),
                    row.get("injured_max")));
        }
        var geo = given().get(query + "format=geojson").then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> event : Api.events(CURATED)) {
            String key = (String) event.get("external_key");
            String expected = switch (key == null ? "" : key) {
                // "at least 100" (Al Jazeera) and "as many as 100" (rescue workers)
                case "aljazeera-2016-10-14-aleppo/three-day-bombardment" -> "100,100,,";
                // "more than 370 people", and 68 children among them
                case "aljazeera-2016-10-14-aleppo/offensive-east-aleppo" -> "370,370,,";
                case "aljazeera-2016-10-14-aleppo/syrian-civil-war" -> "400000,400000,,";
                // "at least six civilians": no claim of people; the rest state no number of people killed
                default -> ",,,";
            };
            if (key != null && key.startsWith("aljazeera-2016-10-14-aleppo/")) {
                assertEquals(expected, killedById.get((String) event.get("id")), key);
                String feature = "features.find { it.id == '" + event.get("id") + "' }.properties.";
                String[] cells = expected.split(",", -1);
                assertEquals(cells[0].isEmpty() ? null : Integer.valueOf(cells[0]), geo.get(feature + "killed_min"), key);
                assertEquals(cells[1].isEmpty() ? null : Integer.valueOf(cells[1]), geo.get(feature + "killed_max"), key);
                assertTrue(geo.getMap(feature.substring(0, feature.length() - 1)).containsKey("injured_min"));
            }
        }
    }

    @Test
    void badFigureParametersAreRefusedByName() {
        refused("figure_min=100", "figure_min", "needs measure");
        refused("figure_max=100", "figure_max", "needs measure");
        refused("sort=-figure", "sort", "needs measure");
        refused("sort=figure&from=2016", "sort", "needs measure");
        refused("measure=killed&figure_min=-1", "figure_min", "whole number");
        refused("measure=killed&figure_min=1.5", "figure_min", "whole number");
        refused("measure=killed&figure_max=%2B5", "figure_max", "whole number");
        refused("measure=killed&figure_max=1000000000000000000", "figure_max", "whole number");
        refused("measure=killed&figure_min=10&figure_max=9", "figure_min", "above figure_max");
        refused("measure=dead", "measure", "killed");
        refused("measure=killed&sort=size", "sort", "figure");
        String cursor = given().get("/api/v1/events?" + CURATED + "&measure=killed&sort=-figure&limit=1").path("next_cursor");
        refused(CURATED + "&measure=killed&sort=figure&limit=1&cursor=" + cursor, "cursor", "different query");
        refused(CURATED + "&measure=injured&sort=-figure&limit=1&cursor=" + cursor, "cursor", "different query");
    }

    private static void refused(String query, String parameter, String hint) {
        given().get("/api/v1/events?" + query).then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem(parameter))
                .body("errors.find { it.parameter == '" + parameter + "' }.message", containsString(hint));
    }

    private static Response patch(String id, Map<String, Object> body) {
        String tag = given().get("/api/v1/events/" + id).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(Tokens.editor()).header("If-Match", tag)
                .contentType("application/merge-patch+json; charset=utf-8").body(body).patch("/api/v1/events/" + id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimBody(Map<String, Object> shown, Long min, Long max) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("measure", "killed");
        body.put("group", "people");
        body.put("min", min);
        body.put("max", max);
        body.put("qualifier", max == null ? "at_least" : "exactly");
        body.put("attributed_to", ((Map<String, Object>) shown.get("attributed_to")).get("slug"));
        body.put("source", ((Map<String, Object>) shown.get("source")).get("slug"));
        body.put("verification", "unverified");
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> claims(Map<String, Object> event) {
        return (List<Map<String, Object>>) event.get("claims");
    }

    /** The claim's figure by the rule the API states (ClaimFigure). */
    private static Long figure(Map<String, Object> claim) {
        return new ClaimFigure(number(claim.get("min")), number(claim.get("max"))).figure();
    }

    private static Long largestKilled(Map<String, Object> event) {
        return claims(event).stream().filter(claim -> "killed".equals(claim.get("measure"))).map(EventFiguresTest::figure)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static boolean inRange(Long figure, Long min, Long max) {
        return figure != null && (min == null || figure >= min) && (max == null || figure <= max);
    }

    private static Long bound(String query, String name) {
        for (String part : query.split("&")) {
            if (part.startsWith(name + "=")) {
                return Long.valueOf(part.substring(name.length() + 1));
            }
        }
        return null;
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static List<Object> ids(List<Map<String, Object>> events) {
        return events.stream().map(event -> event.get("id")).toList();
    }

    /** Reads a CSV export as a script would: by the header's names. */
    private static List<Map<String, String>> csvRows(String csv) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
