package org.eventline.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.CuratedEvents;
import org.eventline.support.TestEvents;

/** The change feed: every created, updated and retired event once, in commit order, resumable. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    DatasetImporter importer;

    @Test
    void feedListsEveryChangeInCommitOrderAcrossPages() {
        String since = Instant.now().minusSeconds(1).toString();
        Fixture fixture = new Fixture();
        String a = fixture.create("Feed A");
        String b = fixture.create("Feed B");
        String c = fixture.create("Feed C");
        fixture.patchTitle(a, "Feed A, corrected");
        fixture.retire(b);

        Walk walk = walk(since, null, 2);
        List<String> ours = walk.items.stream()
                .filter(item -> Set.of(a, b, c).contains((String) item.get("event_id")))
                .map(item -> item.get("event_id") + " " + item.get("change"))
                .toList();
        assertThat(ours, equalTo(List.of(a + " created", b + " created", c + " created", a + " updated", b + " retired")));
        for (int i = 1; i < walk.items.size(); i++) {
            assertThat(((Number) walk.items.get(i).get("revision")).longValue(),
                    greaterThan(((Number) walk.items.get(i - 1).get("revision")).longValue()));
        }
        Map<String, Object> tombstone = walk.items.stream()
                .filter(item -> item.get("event_id").equals(b) && item.get("change").equals("retired")).findFirst().orElseThrow();
        assertThat(tombstone.get("author"), equalTo("admin-bob"));

        // polling with the last page's poll cursor brings only what was committed since
        fixture.patchTitle(c, "Feed C, corrected");
        Walk later = walk(since, walk.pollCursor, 50);
        assertThat(later.items.get(0).get("event_id"), equalTo(c));
        assertThat(later.items.get(0).get("change"), equalTo("updated"));
        assertThat(later.items.get(0).get("changed_fields"), equalTo(List.of("title")));
        assertThat(later.items.stream().map(item -> item.get("event_id")).toList(), hasItem(c));
        assertThat(later.items.stream().filter(item -> Set.of(a, b).contains((String) item.get("event_id"))).count(), equalTo(0L));
    }

    @Test
    void feedFiltersByDatasetAndTypeAsEachRevisionShowsTheEvent() {
        DatasetDocument batch = TestEvents.batch(TestEvents.freshYear(), 2);
        importer.importDocument(batch);
        String since = Instant.now().minusSeconds(60).toString();

        List<String> titles = walk(Map.of("since", since, "dataset", batch.dataset()), 1).items.stream()
                .map(item -> (String) ((Map<?, ?>) item.get("event")).get("title")).toList();
        // one import writes its revisions in an order of its own
        assertThat(titles, containsInAnyOrder(batch.events().stream().map(event -> event.title()).toArray()));
        // the batch's events are air strikes: their category (V002) keeps them, another type does not
        assertThat(walk(Map.of("since", since, "dataset", batch.dataset(), "type", "shelling"), 50).items.size(), equalTo(0));
        assertThat(walk(Map.of("since", since, "dataset", batch.dataset(), "type", "remote_violence"), 50).items.size(), equalTo(2));
    }

    @Test
    void badSinceOrForeignCursorIsRefusedNamingTheParameter() {
        given().get("/api/v1/changes?since=yesterday").then().statusCode(400)
                .body("errors[0].parameter", equalTo("since"));
        String cursor = given().get("/api/v1/changes?since=2000-01-01&limit=1").path("poll_cursor");
        given().queryParam("since", "2001-01-01").queryParam("cursor", cursor).get("/api/v1/changes").then()
                .statusCode(400).body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void lastPageHasNoNextCursorButAPollCursor() {
        Response last = given().queryParam("since", Instant.now().plusSeconds(3600).toString()).get("/api/v1/changes");
        last.then().statusCode(200).body("items.size()", equalTo(0)).body("next_cursor", nullValue())
                .header("Cache-Control", equalTo("no-cache"));
        assertThat(last.path("poll_cursor") != null, equalTo(true));
    }

    private record Walk(List<Map<String, Object>> items, String pollCursor) {
    }

    private static Walk walk(String since, String cursor, int limit) {
        return walk(Map.of("since", since), cursor, limit);
    }

    private static Walk walk(Map<String, String> query, int limit) {
        return walk(query, null, limit);
    }

    private static Walk walk(Map<String, String> query, String cursor, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = cursor;
        String poll;
        do {
            var request = given().queryParams(query).queryParam("limit", limit);
            if (next != null) {
                request.queryParam("cursor", next);
            }
            Response page = request.get("/api/v1/changes");
            page.then().statusCode(200);
            items.addAll(page.path("items"));
            next = page.path("next_cursor");
            poll = page.path("poll_cursor");
            if (next != null) {
                assertThat(page.header("Link") != null, equalTo(true));
            }
        } while (next != null);
        return new Walk(items, poll);
    }

    /** Events written through the API, with an actor, place and source of their own. */
    private final class Fixture {
        private final int year = TestEvents.freshYear();
        private final String tag;
        private final CuratedEvents writes;

        Fixture() {
            DatasetDocument document = TestEvents.batch(year, 0);
            importer.importDocument(document);
            tag = document.dataset();
            writes = new CuratedEvents(year, tag + "-report");
        }

        String create(String title) {
            return writes.create(title, tag + "-town");
        }

        void patchTitle(String id, String title) {
            writes.patchTitle(id, title);
        }

        void retire(String id) {
            writes.retire(id);
        }
    }
}
