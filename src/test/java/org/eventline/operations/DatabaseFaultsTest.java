package org.eventline.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.CuratedEvents;
import org.eventline.support.EventStream;
import org.eventline.support.FaultyDatabase;
import org.eventline.support.TcpProxy;
import org.eventline.support.TestEvents;
import org.eventline.support.TestServer;
import org.eventline.support.Tokens;

/**
 * What the API does when the database does not: 503 problems with Retry-After instead of hangs or
 * 500s, readiness down and liveness up, and recovery without a restart. The database is cut and
 * stalled through a proxy, never stopped, so other tests' PostgreSQL is untouched.
 */
@QuarkusTest
@TestProfile(FaultyDatabaseProfile.class)
class DatabaseFaultsTest {

    private static final List<String> DATA_ENDPOINTS = List.of(
            "/api/v1/events?from=2016-10&to=2016-10",
            "/api/v1/events/fe33475e-d42c-4ca3-b45c-02cf9e2bcedb",
            "/api/v1/events?format=csv",
            "/api/v1/actors",
            "/api/v1/actors/sergey-lavrov/events",
            "/api/v1/locations/aleppo",
            "/api/v1/sources",
            "/api/v1/event-types",
            "/api/v1/stats/timeline?from=2016&to=2016");

    private final TcpProxy proxy = FaultyDatabase.proxy();

    @Inject
    DatasetImporter importer;

    @AfterEach
    void bringTheDatabaseBack() throws InterruptedException {
        proxy.resume();
        proxy.restore();
        awaitStatus("/q/health/ready", 200, Duration.ofSeconds(15));
    }

    @Test
    void everyDataEndpointAnswers503WithRetryAfterWithinASecondWhileTheDatabaseIsDown() {
        proxy.cut();
        for (String path : DATA_ENDPOINTS) {
            long started = System.nanoTime();
            Response response = given().get(path);
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            response.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", is("urn:eventline:problem:database-unavailable"))
                    .body("status", is(503));
            assertTrue(millis < 1000, path + " took " + millis + " ms");
        }
    }

    @Test
    void readinessGoesDownAndLivenessStaysUpWhileTheDatabaseIsDown() {
        proxy.cut();
        given().get("/q/health/ready").then().statusCode(503);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void requestsSucceedAgainWithoutARestartOnceTheDatabaseIsBack() throws InterruptedException {
        proxy.cut();
        given().get("/api/v1/actors").then().statusCode(503);
        proxy.restore();
        awaitStatus("/api/v1/actors", 200, Duration.ofSeconds(5));
        for (String path : DATA_ENDPOINTS) {
            given().get(path).then().statusCode(200);
        }
    }

    /**
     * The change stream's listener holds a connection of its own, outside the pool: after a restart it
     * must reconnect by itself, or subscribers would wait for ever, as nothing else wakes them.
     */
    @Test
    void theChangeStreamDeliversAChangeWrittenAfterTheDatabaseCameBack() throws InterruptedException {
        String since = Instant.now().toString();
        try (EventStream stream = EventStream.open("http://localhost:" + RestAssured.port + "/api/v1/changes?since=" + since,
                Map.of())) {
            assertEquals(200, stream.status());
            proxy.cut();
            Thread.sleep(1_500);
            proxy.restore();
            awaitStatus("/api/v1/actors", 200, Duration.ofSeconds(5));
            String id = new CuratedEvents(TestEvents.freshYear(), "aljazeera-2016-10-14-aleppo-pounded")
                    .create("Written after the restart", "aleppo");
            // fails unless the stream delivers it
            stream.until(message -> id.equals(message.json().getString("event_id")), Duration.ofSeconds(30));
        }
    }

    @Test
    void aDatabaseRestartUnderAWarmPoolCausesNoServerError() throws Exception {
        warmThePool();
        // a restart: every pooled connection dies, and the database is back at once
        proxy.cut();
        proxy.restore();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(given().get(DATA_ENDPOINTS.get(i % DATA_ENDPOINTS.size())).statusCode());
        }
        assertTrue(statuses.stream().allMatch(status -> status == 200), "statuses after the restart: " + statuses);
    }

    @Test
    void anExhaustedPoolIsAClean503AfterTheAcquisitionTimeout() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            warmThePool();
            proxy.pause();
            // three requests take the pool's three connections and hang on the stalled database
            List<CompletableFuture<Integer>> stuck = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                stuck.add(CompletableFuture.supplyAsync(() -> given().get("/api/v1/actors").statusCode(), clients));
            }
            Thread.sleep(300);
            long started = System.nanoTime();
            Response fourth = given().get("/api/v1/sources");
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            fourth.then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", is("urn:eventline:problem:service-busy"));
            assertTrue(millis >= 900 && millis < 3000, "answered after the 1 s acquisition timeout, took " + millis + " ms");
            proxy.resume();
            for (CompletableFuture<Integer> request : stuck) {
                assertEquals(200, request.get());
            }
        } finally {
            proxy.resume();
            clients.shutdownNow();
        }
    }

    @Test
    void aRunawayQueryIsCancelledByTheStatementTimeoutAndAnswered503() throws Exception {
        try (Connection direct = DriverManager.getConnection(TestServer.url("test"), "postgres", "")) {
            direct.setAutoCommit(false);
            try (Statement statement = direct.createStatement()) {
                // the page query now waits for this lock until the 1 s statement timeout cancels it
                statement.execute("lock table event in access exclusive mode");
                long started = System.nanoTime();
                Response response = given().get("/api/v1/events?from=2016-10&to=2016-10");
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                response.then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", notNullValue())
                        .body("type", is("urn:eventline:problem:query-timeout"));
                assertTrue(millis < 5000, "cancelled after about a second, took " + millis + " ms");
            } finally {
                direct.rollback();
            }
        }
        given().get("/api/v1/events?from=2016-10&to=2016-10").then().statusCode(200);
    }

    @Test
    void anAcknowledgedImportSurvivesTheLossOfEveryConnection() {
        DatasetDocument batch = TestEvents.batch(TestEvents.freshYear(), 3);
        importer.importDocument(batch);
        proxy.cut();
        proxy.restore();
        for (var event : batch.events()) {
            given().get("/api/v1/events/" + event.id()).then().statusCode(200);
        }
    }

    @Test
    void anImportCutOffMidwayLeavesAllOrNothingNeverPart() throws Exception {
        DatasetDocument batch = TestEvents.batch(TestEvents.freshYear(), 1500);
        CompletableFuture<Boolean> imported = CompletableFuture.supplyAsync(() -> {
            try {
                importer.importDocument(batch);
                return true;
            } catch (RuntimeException cutOff) {
                return false;
            }
        });
        Thread.sleep(400);
        proxy.cut();
        boolean acknowledged = imported.get();
        proxy.restore();
        awaitStatus("/q/health/ready", 200, Duration.ofSeconds(15));
        long stored = batch.events().stream()
                .filter(event -> given().get("/api/v1/events/" + event.id()).statusCode() == 200).count();
        assertEquals(acknowledged ? batch.events().size() : 0, stored,
                "acknowledged=" + acknowledged + ": an import is stored whole or not at all");
    }

    @Test
    void everyKindOfWriteAnswers503WithRetryAfterWhileTheDatabaseIsDown() {
        String tag = importReferences(TestEvents.freshYear()).dataset();
        proxy.cut();
        List<Response> answers = List.of(
                given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(eventLine(tag, 2016, 1))
                        .post("/api/v1/events"),
                given().auth().oauth2(Tokens.editor()).header("If-Match", "*").contentType("application/merge-patch+json; charset=utf-8")
                        .body("{\"title\": \"x\"}").patch("/api/v1/events/fe33475e-d42c-4ca3-b45c-02cf9e2bcedb"),
                given().auth().oauth2(Tokens.admin()).header("If-Match", "*").delete("/api/v1/sources/" + tag + "-report"),
                given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson; charset=utf-8")
                        .body(eventLine(tag, 2016, 2).getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports"));
        for (Response answer : answers) {
            answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
        }
    }

    @Test
    void anHttpImportCutOffMidwayLeavesAllOrNothingNeverPart() throws Exception {
        int year = TestEvents.freshYear();
        String tag = importReferences(year).dataset();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            lines.append(eventLine(tag, year, i)).append('\n');
        }
        CompletableFuture<Integer> imported = CompletableFuture.supplyAsync(() -> given().auth().oauth2(Tokens.editor())
                .contentType("application/x-ndjson; charset=utf-8").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports").statusCode());
        Thread.sleep(1500);
        proxy.cut();
        int status = imported.get();
        proxy.restore();
        awaitStatus("/q/health/ready", 200, Duration.ofSeconds(15));
        int stored = given().queryParam("from", year).queryParam("to", year).queryParam("date_match", "within")
                .queryParam("count", true).queryParam("limit", 1).get("/api/v1/events").path("total");
        assertEquals(status == 200 ? 6000 : 0, stored, "answered " + status + ": an import is stored whole or not at all");
    }

    private DatasetDocument importReferences(int year) {
        DatasetDocument references = TestEvents.batch(year, 0);
        importer.importDocument(references);
        return references;
    }

    /** One NDJSON line: an event of the year naming the batch's place, actor and source. */
    private static String eventLine(String tag, int year, int number) {
        return ("{'key': '%s/fault-%d', 'type': 'shelling', 'title': 'Fault test %d', 'status': 'occurred',"
                + " 'date': {'edtf': '%d-03-0%d'}, 'location': '%s-town',"
                + " 'actors': [{'actor': '%s-force', 'role': 'perpetrator'}], 'sources': [{'source': '%s-report'}]}")
                .formatted(tag, number, number, year, 1 + number % 9, tag, tag, tag).replace('\'', '"');
    }

    private static void warmThePool() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                requests.add(CompletableFuture.supplyAsync(() -> given().get("/api/v1/actors").statusCode(), clients));
            }
            for (CompletableFuture<Integer> request : requests) {
                assertEquals(200, request.get());
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static void awaitStatus(String path, int status, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (given().get(path).statusCode() != status) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " did not answer " + status + " within " + patience);
            }
            Thread.sleep(100);
        }
    }
}
