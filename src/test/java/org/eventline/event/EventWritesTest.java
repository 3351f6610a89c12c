package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.history.EventRevisionRepository;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;

/** Curators' writes to events: validation, If-Match, merge patches, retirement, and what readers see after each. */
@QuarkusTest
class EventWritesTest {

    @Inject
    DatasetImporter importer;
    @Inject
    AgroalDataSource dataSource;

    private int year;
    private String tag;

    /** Each test gets its own actor, place and source (and one imported event) in its own year. */
    @BeforeEach
    void importReferences() {
        year = TestEvents.freshYear();
        DatasetDocument document = TestEvents.batch(year, 1);
        importer.importDocument(document);
        tag = document.dataset();
    }

    @Test
    void createdEventIsServedAtOnceWithItsTagAndLocation() {
        Response created = create(body("Shelling of the test town"));
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/events/"))
                .body("title", equalTo("Shelling of the test town"))
                .body("actors[0].slug", equalTo(tag + "-force"))
                .body("claims[0].min", equalTo(4));
        String id = created.path("id");
        given().get("/api/v1/events/" + id).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("title", equalTo("Shelling of the test town"));
        given().header("If-None-Match", created.header("ETag")).get("/api/v1/events/" + id).then().statusCode(304);
        assertThat(titlesOfYear(), hasItem("Shelling of the test town"));
    }

    @Test
    void invalidBodyIsRefusedNamingEachField() {
        Map<String, Object> body = body("Broken");
        body.put("date", Map.of("start", year + "-05-02", "end", year + "-05-01", "precision", "day"));
        body.put("claims", List.of(claim(9, 3)));
        body.put("actors", List.of(Map.of("actor", "no-such-actor", "role", "perpetrator")));
        create(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("date"))
                .body("errors.field", hasItem("claims[0].min"))
                .body("errors.field", hasItem("actors[0].actor"));
        assertThat(titlesOfYear(), not(hasItem("Broken")));
    }

    @Test
    void namingRecordsThatDoNotExistIs422NamingEachField() {
        Map<String, Object> body = body("Unknown references");
        body.put("actors", List.of(Map.of("actor", "no-such-actor", "role", "perpetrator")));
        body.put("related", List.of(Map.of("event", "00000000-0000-4000-8000-000000000002", "relation", "follows")));
        create(body).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:eventline:problem:unknown-reference"))
                .body("errors.field", hasItems("actors[0].actor", "related[0].event"));
    }

    @Test
    void overlongTextsAreRefusedNamingTheField() {
        Map<String, Object> body = body("x".repeat(501));
        body.put("summary", "word ".repeat(250_000));
        Map<String, Object> claim = claim(1, 1);
        claim.put("reported_as", "y".repeat(1001));
        body.put("claims", List.of(claim));
        create(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("claims[0].reported_as", "summary", "title")));
    }

    @Test
    void unknownFieldOrValueIsRefusedNotDropped() {
        Map<String, Object> body = body("Unknown field");
        body.put("casualties", 3);
        create(body).then().statusCode(400).body("errors[0].field", equalTo("casualties"));
        Map<String, Object> badQualifier = body("Bad qualifier");
        Map<String, Object> claim = claim(1, 2);
        claim.put("qualifier", "roughly");
        badQualifier.put("claims", List.of(claim));
        create(badQualifier).then().statusCode(400).body("errors[0].field", equalTo("claims[0].qualifier"));
    }

    @Test
    void replacingNeedsTheCurrentTag() {
        Response created = create(body("Original title"));
        String id = created.path("id");
        String firstTag = created.header("ETag");
        put(id, null, body("Without If-Match")).then().statusCode(428).contentType("application/problem+json");
        Response replaced = put(id, firstTag, body("Replaced title"));
        replaced.then().statusCode(200).body("title", equalTo("Replaced title"));
        assertThat(replaced.header("ETag"), not(equalTo(firstTag)));
        put(id, firstTag, body("Stale writer")).then().statusCode(412).contentType("application/problem+json");
        given().get("/api/v1/events/" + id).then().body("title", equalTo("Replaced title"));
    }

    @Test
    void mergePatchChangesOnlyWhatItNames() {
        Response created = create(body("Before the patch"));
        String id = created.path("id");
        Response patched = given().auth().oauth2(Tokens.editor()).header("If-Match", created.header("ETag"))
                .contentType("application/merge-patch+json; charset=utf-8")
                .body(Map.of("title", "After the patch", "claims", List.of(claim(7, 7))))
                .patch("/api/v1/events/" + id);
        patched.then().statusCode(200)
                .body("title", equalTo("After the patch"))
                .body("summary", equalTo("A test write."))
                .body("claims.size()", equalTo(1))
                .body("claims[0].min", equalTo(7))
                .body("actors[0].slug", equalTo(tag + "-force"));
        given().auth().oauth2(Tokens.editor()).header("If-Match", patched.header("ETag"))
                .contentType("application/merge-patch+json; charset=utf-8").body(Map.of("tittle", "typo"))
                .patch("/api/v1/events/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("tittle"));
    }

    @Test
    void retiredEventLeavesReadsAndKeepsItsHistory() {
        Response created = create(body("To be retired"));
        String id = created.path("id");
        given().auth().oauth2(Tokens.editor()).header("If-Match", created.header("ETag"))
                .delete("/api/v1/events/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).header("If-Match", created.header("ETag"))
                .delete("/api/v1/events/" + id).then().statusCode(204);
        given().get("/api/v1/events/" + id).then().statusCode(410).contentType("application/problem+json");
        assertThat(titlesOfYear(), not(hasItem("To be retired")));
        given().get("/api/v1/events/" + id + "/history").then().statusCode(200)
                .body("items.change", equalTo(List.of("created", "retired")))
                .body("items[1].author", equalTo("admin-bob"))
                .body("items[1].event.title", equalTo("To be retired"));
        put(id, created.header("ETag"), body("Back from retirement")).then().statusCode(410);
    }

    @Test
    void anEventsNewTitleShowsInTheEventsRelatedToItWhichKeepItFromRetiring() {
        Response first = create(body("The first strike"));
        String firstId = first.path("id");
        Map<String, Object> second = body("The response");
        second.put("related", List.of(Map.of("event", firstId, "relation", "response_to")));
        String secondId = create(second).path("id");
        Response renamed = given().auth().oauth2(Tokens.editor()).header("If-Match", first.header("ETag"))
                .contentType("application/merge-patch+json; charset=utf-8").body(Map.of("title", "The first strike, renamed"))
                .patch("/api/v1/events/" + firstId);
        renamed.then().statusCode(200);
        given().get("/api/v1/events/" + secondId).then()
                .body("related[0].title", equalTo("The first strike, renamed"));
        given().get("/api/v1/events/" + secondId + "/history").then()
                .body("items.change", equalTo(List.of("created", "updated")))
                .body("items[1].changed_fields", equalTo(List.of("related")));
        given().auth().oauth2(Tokens.admin()).header("If-Match", renamed.header("ETag")).delete("/api/v1/events/" + firstId)
                .then().statusCode(409).body("detail", containsString(secondId));
    }

    @Test
    void aRetiredEventStaysRetiredWhenItsDatasetIsLoadedAgain() {
        DatasetDocument document = TestEvents.batch(TestEvents.freshYear(), 2);
        importer.importDocument(document);
        String id = document.events().get(0).id().toString();
        String etag = given().get("/api/v1/events/" + id).header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).delete("/api/v1/events/" + id)
                .then().statusCode(204);
        // as the seed is loaded at every start
        importer.importDocument(document);
        given().get("/api/v1/events/" + id).then().statusCode(410);
    }

    @Test
    void historyNamesAuthorAndChangedFields() {
        Response created = create(body("History v1"));
        String id = created.path("id");
        given().auth().oauth2(Tokens.withRoles("editor-carol", "editor")).header("If-Match", created.header("ETag"))
                .contentType("application/merge-patch+json; charset=utf-8").body(Map.of("title", "History v2"))
                .patch("/api/v1/events/" + id).then().statusCode(200);
        given().get("/api/v1/events/" + id + "/history").then().statusCode(200)
                .body("items.change", equalTo(List.of("created", "updated")))
                .body("items.author", equalTo(List.of("editor-alice", "editor-carol")))
                .body("items[1].changed_fields", equalTo(List.of("title")))
                .body("items[0].event.title", equalTo("History v1"))
                .body("items[1].event.title", equalTo("History v2"))
                .body("items[0].changed_at", notNullValue());
    }

    @Test
    void raceBetweenTwoWritersEndsWithOneSuccessAndOneConflict() throws Exception {
        Response created = create(body("Race start"));
        String id = created.path("id");
        String etag = created.header("ETag");
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection(); Statement sql = holder.createStatement()) {
            // both writers read the event and pass If-Match, then queue for the write lock held here
            sql.execute("select pg_advisory_lock(" + EventRevisionRepository.WRITE_LOCK + ")");
            List<Future<Integer>> statuses = List.of(
                    writers.submit(() -> patchTitle(id, etag, "Writer A")),
                    writers.submit(() -> patchTitle(id, etag, "Writer B")));
            awaitWritersQueued(sql, 2);
            sql.execute("select pg_advisory_unlock(" + EventRevisionRepository.WRITE_LOCK + ")");
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get(30, TimeUnit.SECONDS));
            }
            answers.sort(null);
            assertThat(answers, equalTo(List.of(200, 409)));
        } finally {
            writers.shutdownNow();
        }
        given().get("/api/v1/events/" + id + "/history").then()
                .body("items.change", equalTo(List.of("created", "updated")));
    }

    @Test
    void rewritingWithTheSameContentChangesNothing() {
        Response created = create(body("Same again"));
        String id = created.path("id");
        Response again = put(id, created.header("ETag"), body("Same again"));
        again.then().statusCode(200);
        assertThat(again.header("ETag"), equalTo(created.header("ETag")));
        given().get("/api/v1/events/" + id + "/history").then().body("items.size()", equalTo(1));
    }

    @Test
    void unknownEventIs404ForEveryWrite() {
        String missing = "/api/v1/events/00000000-0000-4000-8000-000000000001";
        given().auth().oauth2(Tokens.editor()).header("If-Match", "*").contentType(ContentType.JSON).body(body("x"))
                .put(missing).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).header("If-Match", "*").delete(missing).then().statusCode(404);
        given().get(missing + "/history").then().statusCode(404);
    }

    private int patchTitle(String id, String etag, String title) {
        return given().auth().oauth2(Tokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json; charset=utf-8").body(Map.of("title", title))
                .patch("/api/v1/events/" + id).statusCode();
    }

    private static void awaitWritersQueued(Statement sql, int writers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (ResultSet waiting = sql.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
                waiting.next();
                if (waiting.getInt(1) >= writers) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the writers never queued for the write lock");
    }

    private Response create(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post("/api/v1/events");
    }

    private Response put(String id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/events/" + id);
    }

    private List<String> titlesOfYear() {
        return given().queryParam("from", year).queryParam("to", year).queryParam("date_match", "within")
                .queryParam("limit", 500).get("/api/v1/events").path("items.title");
    }

    private Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "shelling");
        body.put("title", title);
        body.put("summary", "A test write.");
        body.put("status", "occurred");
        body.put("date", Map.of("edtf", year + "-05-01"));
        body.put("location", tag + "-town");
        body.put("actors", List.of(Map.of("actor", tag + "-force", "role", "perpetrator")));
        body.put("claims", List.of(claim(4, 4)));
        body.put("sources", List.of(Map.of("source", tag + "-report")));
        return body;
    }

    private Map<String, Object> claim(long min, long max) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("measure", "killed");
        claim.put("group", "civilians");
        claim.put("min", min);
        claim.put("max", max);
        claim.put("qualifier", "exactly");
        claim.put("attributed_to", tag + "-force");
        claim.put("source", tag + "-report");
        claim.put("verification", "unverified");
        return claim;
    }
}
