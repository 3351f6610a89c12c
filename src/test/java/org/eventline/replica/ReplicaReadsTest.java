package org.eventline.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.StreamingReplica;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;
import org.eventline.web.ReadRouting;

/**
 * Reads from a real streaming replica: served by it (shown by pausing its replay, when they are
 * stale but consistent, ETags included), a write readable at once by its writer, and the primary
 * taking over, with readiness saying so, when the replica falls too far behind or stops.
 */
@QuarkusTest
@TestProfile(ReplicaProfile.class)
class ReplicaReadsTest {

    private static final String READINESS = "/q/health/ready";
    private static final String REPLICA_STATE = "checks.find { it.name == 'Read replica' }.data.replica";

    private final StreamingReplica replica = StreamingReplica.running();

    @Inject
    DatasetImporter importer;

    @BeforeEach
    void replicaServing() throws InterruptedException {
        awaitReplicaState("serving");
    }

    @AfterEach
    void replicaBackAndReplaying() throws InterruptedException {
        if (!replica.serverRunning()) {
            replica.startServer();
        }
        replica.resumeReplay();
        awaitReplicaState("serving");
    }

    @Test
    void readsAreServedByTheReplicaStaleButConsistentEtagsIncluded() throws InterruptedException {
        int year = TestEvents.freshYear();
        String period = "from=" + year + "&to=" + year + "&date_match=within";
        replica.pauseReplay();
        DatasetDocument written = TestEvents.batch(year, 2);
        importer.importDocument(written);
        UUID id = written.events().get(0).id();

        // the primary has both events; the replica, its replay paused, has neither, and says so consistently
        given().get("/api/v1/events/" + id).then().statusCode(404);
        String staleTag = given().get("/api/v1/events?" + period).then().statusCode(200)
                .body("items", empty()).extract().header("ETag");
        given().get("/api/v1/claims?" + period).then().statusCode(200).body("items", empty());
        String csv = given().get("/api/v1/events?format=csv&" + period).then().statusCode(200).extract().asString();
        assertEquals(1, csv.strip().lines().count(), "only the header row: " + csv);
        given().get("/api/v1/stats/timeline?interval=year&" + period).then().statusCode(200);

        replica.resumeReplay();
        awaitStatus("/api/v1/events/" + id, 200);
        // the stale answer's tag named the replica's data version: once replayed, the answer is new, not a 304
        given().header("If-None-Match", staleTag).get("/api/v1/events?" + period).then().statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void aWriterReadsItsWriteAtOnceWhileTheReplicaHasNotReplayedIt() {
        int year = TestEvents.freshYear();
        DatasetDocument references = TestEvents.batch(year, 1);
        importer.importDocument(references);
        replica.awaitCaughtUp();
        replica.pauseReplay();

        Response created = given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(event(year, references.dataset())).post("/api/v1/events");
        created.then().statusCode(201).header(ReadRouting.POSITION, notNullValue());
        String position = created.header(ReadRouting.POSITION);
        String id = created.path("id");

        given().header(ReadRouting.POSITION, position).get("/api/v1/events/" + id).then().statusCode(200)
                .body("title", is("Written while the replica is paused"))
                // a cache must not answer the writer with what it kept for others
                .header("Vary", containsString(ReadRouting.POSITION));
        given().header(ReadRouting.POSITION, position).get("/api/v1/events?date_match=within&from=" + year + "&to=" + year)
                .then().statusCode(200).body("items", hasSize(2));
        // others read the replica, which has not replayed it yet
        given().get("/api/v1/events/" + id).then().statusCode(404);
        given().get("/api/v1/events?date_match=within&from=" + year + "&to=" + year).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aPositionThatIsNotOneIsRefusedNamingTheHeader() {
        given().header(ReadRouting.POSITION, "yesterday").get("/api/v1/events").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is(ReadRouting.POSITION));
    }

    @Test
    void aReplicaFurtherBehindThanTheBoundIsSetAsideAndReadinessSaysSo() throws InterruptedException {
        int year = TestEvents.freshYear();
        replica.pauseReplay();
        DatasetDocument written = TestEvents.batch(year, 1);
        importer.importDocument(written);

        awaitReplicaState("behind");
        given().get(READINESS).then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name == 'Read replica' }.data.reads", is("primary"));
        given().get("/api/v1/events/" + written.events().get(0).id()).then().statusCode(200);

        replica.resumeReplay();
        awaitReplicaState("serving");
        assertReadsComeFromTheReplica();
    }

    @Test
    void aStoppedReplicaLeavesEveryReadOnThePrimaryUntilItIsBack() throws InterruptedException {
        int year = TestEvents.freshYear();
        DatasetDocument written = TestEvents.batch(year, 1);
        importer.importDocument(written);
        replica.stopServer();

        // at once, before any check has noticed: the pooled replica connections are dead
        String period = "from=" + year + "&to=" + year;
        List<String> reads = List.of("/api/v1/events/" + written.events().get(0).id(), "/api/v1/events?" + period,
                "/api/v1/events?format=geojson&" + period, "/api/v1/claims?" + period,
                "/api/v1/stats/timeline?" + period, "/api/v1/stats/figures?measure=killed&" + period);
        for (String read : reads) {
            given().get(read).then().log().ifValidationFails().statusCode(200);
        }
        awaitReplicaState("down");
        given().get(READINESS).then().statusCode(200).body("status", is("UP"));

        replica.startServer();
        awaitReplicaState("serving");
        assertReadsComeFromTheReplica();
    }

    /** A write the replica has not replayed is missing from what others read: they read the replica. */
    private void assertReadsComeFromTheReplica() {
        replica.pauseReplay();
        try {
            DatasetDocument written = TestEvents.batch(TestEvents.freshYear(), 1);
            importer.importDocument(written);
            given().get("/api/v1/events/" + written.events().get(0).id()).then().statusCode(404);
        } finally {
            replica.resumeReplay();
        }
    }

    private static Map<String, Object> event(int year, String tag) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "shelling");
        body.put("title", "Written while the replica is paused");
        body.put("summary", "A test write.");
        body.put("status", "occurred");
        body.put("date", Map.of("edtf", year + "-05-01"));
        body.put("location", tag + "-town");
        body.put("actors", List.of(Map.of("actor", tag + "-force", "role", "perpetrator")));
        body.put("sources", List.of(Map.of("source", tag + "-report")));
        return body;
    }

    private static void awaitReplicaState(String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = given().get(READINESS).path(REPLICA_STATE);
            if (state.equals(last)) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(state, last, "the replica's state in readiness");
    }

    private static void awaitStatus(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().get(path).statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        given().get(path).then().statusCode(status);
    }
}
