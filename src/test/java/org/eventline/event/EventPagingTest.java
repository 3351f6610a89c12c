package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.TestEvents;

/** Keyset paging: every match exactly once, in order, also while events are being added. */
@QuarkusTest
class EventPagingTest {

    @Inject
    DatasetImporter importer;

    @Test
    void walkingAllPagesReturnsEachEventOnceInOrder() {
        int year = TestEvents.freshYear();
        DatasetDocument batch = TestEvents.batch(year, 23);
        importer.importDocument(batch);

        List<Map<String, Object>> walked = walk("from=" + year + "&to=" + year + "&date_match=within", 4, null);

        assertEquals(23, walked.size());
        assertEquals(23, walked.stream().map(e -> e.get("id")).distinct().count());
        assertChronological(walked);
    }

    @Test
    void walkingPagesWhileEventsAreInsertedNeitherSkipsNorRepeats() {
        int year = TestEvents.freshYear();
        DatasetDocument original = TestEvents.batch(year, 20);
        importer.importDocument(original);
        Set<String> originalIds = new HashSet<>();
        original.events().forEach(event -> originalIds.add(event.id().toString()));

        // between each two pages, five more events land in the same year, before and after the cursor
        List<Map<String, Object>> walked = walk("from=" + year + "&to=" + year + "&date_match=within", 3,
                () -> importer.importDocument(TestEvents.batch(year, 5)));

        List<Object> ids = walked.stream().map(e -> e.get("id")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no event is served twice");
        assertTrue(ids.containsAll(originalIds), "every event that existed before the walk is served");
        assertChronological(walked);
    }

    @Test
    void descendingWalkIsTheChronologicalWalkReversed() {
        int year = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(year, 11));
        List<Object> ascending = walk("from=" + year + "&to=" + year + "&date_match=within", 3, null).stream().map(e -> e.get("id")).toList();
        List<Object> descending = new ArrayList<>(walk("from=" + year + "&to=" + year + "&date_match=within" + "&sort=-date", 3, null)
                .stream().map(e -> e.get("id")).toList());
        java.util.Collections.reverse(descending);
        assertEquals(ascending, descending);
    }

    @Test
    void theLinkHeaderPointsToTheNextPageAndTheLastPageHasNone() throws Exception {
        int year = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(year, 3));
        Response first = given().get("/api/v1/events?from=" + year + "&to=" + year + "&date_match=within&limit=2");
        String cursor = first.jsonPath().getString("next_cursor");
        assertNotNull(cursor);
        String link = first.getHeader("Link");
        assertTrue(link.startsWith("</api/v1/events?") && link.endsWith(">; rel=\"next\""), link);
        assertTrue(link.contains("cursor=" + cursor), link);
        String next = link.substring(1, link.indexOf('>'));

        HttpResponse<String> last = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + next)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, last.statusCode());
        JsonPath lastPage = new JsonPath(last.body());
        assertEquals(1, lastPage.getList("items").size(), next + " -> " + last.body());
        assertNull(lastPage.getString("next_cursor"));
        assertTrue(last.headers().firstValue("Link").isEmpty());
    }

    @Test
    void aCursorOnlyWorksWithTheQueryItCameFrom() {
        int year = TestEvents.freshYear();
        importer.importDocument(TestEvents.batch(year, 3));
        String cursor = given().get("/api/v1/events?from=" + year + "&to=" + year + "&date_match=within&limit=1").jsonPath().getString("next_cursor");

        given().get("/api/v1/events?from=" + year + "&to=" + year + "&date_match=within&limit=1&type=talks&cursor=" + cursor)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("cursor"))
                .body("errors[0].message", containsString("different query"));
        given().get("/api/v1/events?from=" + year + "&to=" + year + "&date_match=within&limit=1&sort=-date&cursor=" + cursor)
                .then().statusCode(400).body("errors[0].parameter", is("cursor"));
        // a different page size is the same query: the cursor still works
        given().get("/api/v1/events?from=" + year + "&to=" + year + "&date_match=within&limit=2&cursor=" + cursor)
                .then().statusCode(200).body("items.size()", is(2));
    }

    /** Walks all pages, running the action (if any) between pages. */
    private static List<Map<String, Object>> walk(String query, int limit, Runnable betweenPages) {
        List<Map<String, Object>> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = given().get("/api/v1/events?" + query + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertTrue(items.size() <= limit);
            walked.addAll(items);
            cursor = page.getString("next_cursor");
            if (betweenPages != null && cursor != null) {
                betweenPages.run();
            }
            assertTrue(++pages < 1000, "paging terminates");
        } while (cursor != null);
        return walked;
    }

    private static void assertChronological(List<Map<String, Object>> events) {
        for (int i = 1; i < events.size(); i++) {
            String previous = start(events.get(i - 1)) + " " + events.get(i - 1).get("id");
            String current = start(events.get(i)) + " " + events.get(i).get("id");
            assertTrue(previous.compareTo(current) < 0, previous + " should come before " + current);
        }
    }

    private static String start(Map<String, Object> event) {
        return (String) ((Map<?, ?>) event.get("date")).get("start");
    }
}
