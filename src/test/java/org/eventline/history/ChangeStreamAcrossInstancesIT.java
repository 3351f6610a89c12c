package org.eventline.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.eventline.support.EventStream;
import org.eventline.support.EventStream.Message;
import org.eventline.support.FeedPosition;
import org.eventline.support.TestServer;
import org.eventline.support.Tokens;

/**
 * Two instances of the packaged application on one database, as behind a load balancer: a write on
 * either reaches the stream subscribers of the other, and an instance that shuts down closes its
 * streams so that their clients resume on the other. Run by Failsafe after the package phase.
 */
class ChangeStreamAcrossInstancesIT {

    private static final String DATABASE = "test_live";
    /** Generous: a notification takes milliseconds, but the machine is shared. */
    private static final Duration DELIVERY = Duration.ofSeconds(20);
    private static final Duration START = Duration.ofSeconds(180);

    private static Instance first;
    private static Instance second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        recreateDatabase();
        // the first loads the seed; both migrate (Flyway's lock lets one do it); they start side by side
        first = Instance.start("first", true);
        second = Instance.start("second", false);
        first.awaitReady();
        second.awaitReady();
    }

    @AfterAll
    static void stopInstances() {
        for (Instance instance : new Instance[] {first, second}) {
            if (instance != null) {
                instance.stop();
            }
        }
    }

    @Test
    void eachInstanceDeliversTheOthersWritesAndClosesItsStreamsAtShutdown() {
        String start = first.pollCursor();
        try (EventStream onFirst = first.stream(start, Map.of()); EventStream onSecond = second.stream(start, Map.of())) {
            assertThat(onFirst.status(), equalTo(200));
            assertThat(onSecond.status(), equalTo(200));

            String writtenOnFirst = first.createEvent("Written on the first instance");
            assertThat(onSecond.until(message -> isCreated(message, writtenOnFirst), DELIVERY).size(), equalTo(1));
            String writtenOnSecond = second.createEvent("Written on the second instance");
            List<Message> seenOnFirst = onFirst.until(message -> isCreated(message, writtenOnSecond), DELIVERY);
            assertThat(seenOnFirst.stream().map(message -> message.json().getString("event_id")).toList(),
                    equalTo(List.of(writtenOnFirst, writtenOnSecond)));
            String lastOnSecond = onSecond.until(message -> isCreated(message, writtenOnSecond), DELIVERY).get(0).id();

            // the second shuts down: its stream ends, and its client resumes on the first, missing nothing
            second.stop();
            long deadline = System.nanoTime() + DELIVERY.toNanos();
            while (!onSecond.ended() && System.nanoTime() < deadline) {
                pause();
            }
            assertThat("the stream of an instance shutting down ends", onSecond.ended(), equalTo(true));
            String writtenMeanwhile = first.createEvent("Written while the client moves");
            try (EventStream resumed = first.stream(start, Map.of("Last-Event-ID", lastOnSecond))) {
                assertThat(resumed.next(DELIVERY).json().getString("event_id"), equalTo(writtenMeanwhile));
            }
        }
    }

    private static boolean isCreated(Message message, String eventId) {
        return eventId.equals(message.json().getString("event_id")) && "created".equals(message.json().getString("change"));
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestServer.url("postgres"), "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One process of target/quarkus-app/quarkus-run.jar, its output in target/. */
    private record Instance(String name, int port, Process process, Path log) {

        static Instance start(String name, boolean seed) throws IOException, URISyntaxException {
            int port = freePort();
            Path log = Path.of("target", "change-stream-" + name + ".log");
            String publicKey = new File(ChangeStreamAcrossInstancesIT.class.getClassLoader()
                    .getResource("jwt/test-only-public-key.pem").toURI()).getAbsolutePath();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + TestServer.url(DATABASE),
                    "-Dmp.jwt.verify.publickey.location=" + publicKey,
                    "-Dmp.jwt.verify.issuer=eventline-test",
                    "-Deventline.seed.enabled=" + seed,
                    "-Dquarkus.log.console.json.enabled=false",
                    "-Dquarkus.shutdown.delay=1S",
                    // a test client hangs up when its reader wakes: at the next heartbeat, so beat often
                    "-Deventline.change-stream.heartbeat=1S",
                    "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Instance(name, port, process, log);
        }

        void awaitReady() {
            long deadline = System.nanoTime() + START.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("the " + name + " instance exited at start; see " + log);
                }
                try {
                    if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                        return;
                    }
                } catch (Exception notYet) {
                    // not listening yet (RestAssured throws the connection's checked exception unchecked)
                }
                pause();
            }
            throw new AssertionError("the " + name + " instance was not ready within " + START + "; see " + log);
        }

        EventStream stream(String cursor, Map<String, String> headers) {
            return EventStream.open("http://localhost:" + port + "/api/v1/changes?cursor=" + cursor, headers);
        }

        String pollCursor() {
            return FeedPosition.latest(port, Map.of());
        }

        /** An event at a place and from a source of the seed, written through the API. */
        String createEvent(String title) {
            Response created = given().port(port).auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                    .body(Map.of("type", "shelling", "title", title, "status", "occurred",
                            "date", Map.of("edtf", "2016-10-14"), "location", "east-aleppo",
                            "sources", List.of(Map.of("source", "aljazeera-2016-10-14-aleppo-pounded"))))
                    .post("/api/v1/events");
            created.then().statusCode(201);
            return created.path("id");
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
