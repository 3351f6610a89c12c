package org.eventline.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.location.LocationEntry;
import org.eventline.support.CuratedEvents;
import org.eventline.support.EventStream;
import org.eventline.support.EventStream.Message;
import org.eventline.support.FeedPosition;
import org.eventline.support.TestEvents;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;

/** The live change stream: each change as it commits, in the feed's order, resumable, filtered, bounded. */
@QuarkusTest
class ChangeStreamTest {

    /** Generous: delivery takes milliseconds, but the machine is shared. */
    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Inject
    DatasetImporter importer;

    @Test
    void subscriberSeesCreatedUpdatedAndRetiredInOrderWithIdsThatAreFeedCursors() {
        Fixture fixture = new Fixture();
        try (EventStream stream = openWhenAdmitted("?cursor=" + latestCursor())) {
            assertThat(stream.status(), equalTo(200));
            assertThat(stream.header("Content-Type"), containsString("text/event-stream"));
            String id = fixture.create("Live A", fixture.town());
            fixture.patchTitle(id, "Live A, corrected");
            fixture.retire(id);

            List<Message> ours = stream.until(message -> isChange(message, id, "retired"), DELIVERY).stream()
                    .filter(message -> id.equals(message.json().getString("event_id"))).toList();
            assertThat(ours.stream().map(message -> message.json().getString("change")).toList(),
                    equalTo(List.of("created", "updated", "retired")));
            assertThat(ours.get(1).json().getString("event.title"), equalTo("Live A, corrected"));
            assertThat(ours.get(1).json().getList("changed_fields"), equalTo(List.of("title")));
            assertThat(ours.get(2).json().getString("author"), equalTo("admin-bob"));

            // each id is the feed's cursor after that revision: the JSON feed continues from it with the next one
            List<Map<String, Object>> afterCreated = given().queryParam("cursor", ours.get(0).id()).get("/api/v1/changes")
                    .then().statusCode(200).extract().path("items");
            assertThat(afterCreated.get(0).get("revision"), equalTo(ours.get(1).json().getInt("revision")));
            assertThat(afterCreated.get(1).get("revision"), equalTo(ours.get(2).json().getInt("revision")));
            // and a page's cursor opens the stream where the page ended
            try (EventStream resumed = openWhenAdmitted("?cursor=" + ours.get(1).id())) {
                assertThat(resumed.next(DELIVERY).json().getInt("revision"), equalTo(ours.get(2).json().getInt("revision")));
            }
        }
    }

    @Test
    void resumingWithLastEventIdMissesNothingAndRepeatsNothing() {
        Fixture fixture = new Fixture();
        String start = latestCursor();
        String first = fixture.create("Resume 1", fixture.town());
        String lastId;
        try (EventStream stream = openWhenAdmitted("?cursor=" + start)) {
            lastId = stream.until(message -> isChange(message, first, "created"), DELIVERY).stream().reduce((a, b) -> b).orElseThrow().id();
        }
        // written while the client is away
        String second = fixture.create("Resume 2", fixture.town());
        String third = fixture.create("Resume 3", fixture.town());
        fixture.patchTitle(first, "Resume 1, corrected");

        // an EventSource reconnects to the URL it opened, adding the last id it received
        try (EventStream stream = openWhenAdmitted("?cursor=" + start, Map.of("Last-Event-ID", lastId))) {
            List<Message> received = stream.until(message -> isChange(message, first, "updated"), DELIVERY);
            List<String> changes = received.stream()
                    .map(message -> message.json().getString("event_id") + " " + message.json().getString("change")).toList();
            assertThat(changes, equalTo(List.of(second + " created", third + " created", first + " updated")));
            // nothing more than what was written: no repeat of the first one or of anything else
            assertThat(stream.next(Duration.ofSeconds(2)), nullValue());
        }
    }

    @Test
    void placeFilterDeliversOnlyChangesAtThePlaceOrInsideIt() {
        Fixture inside = new Fixture();
        Fixture elsewhere = new Fixture();
        try (EventStream stream = openWhenAdmitted("?location=" + inside.town() + "&cursor=" + latestCursor(inside.town()))) {
            String atTown = inside.create("At the town", inside.town());
            String away = elsewhere.create("Elsewhere", elsewhere.town());
            String inDistrict = inside.create("In the district", inside.district());
            elsewhere.patchTitle(away, "Elsewhere, corrected");
            inside.retire(atTown);

            List<Message> received = stream.until(message -> isChange(message, atTown, "retired"), DELIVERY);
            assertThat(received.stream().map(message -> message.json().getString("event_id") + " " + message.json().getString("change"))
                    .toList(), equalTo(List.of(atTown + " created", inDistrict + " created", atTown + " retired")));
            // its ids are cursors of the feed with the same filter, and only of that feed
            given().queryParam("location", inside.town()).queryParam("cursor", received.get(0).id()).get("/api/v1/changes")
                    .then().statusCode(200).body("items.event_id", equalTo(List.of(inDistrict, atTown)));
            given().queryParam("cursor", received.get(0).id()).get("/api/v1/changes")
                    .then().statusCode(400).body("errors[0].parameter", equalTo("cursor"));
        }
    }

    @Test
    void unknownFilterValuesAreRefusedNamingTheParameter() {
        given().header("Accept", "text/event-stream").get("/api/v1/changes?location=nowhere-at-all").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("location"));
        given().get("/api/v1/changes?type=not_a_type").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("type"));
        given().get("/api/v1/changes?dataset=no-such-dataset").then().statusCode(400)
                .body("errors[0].parameter", equalTo("dataset"));
        given().header("Accept", "text/event-stream").header("Last-Event-ID", "not-a-cursor").get("/api/v1/changes")
                .then().statusCode(400).body("errors[0].parameter", equalTo("Last-Event-ID"));
    }

    @Test
    void beyondTheCapASubscriberIsAnswered503WithRetryAfter() {
        List<EventStream> open = new ArrayList<>();
        try {
            EventStream refused = null;
            for (int i = 0; i <= 5 && refused == null; i++) {
                EventStream stream = open("", Map.of());
                if (stream.status() == 200) {
                    open.add(stream);
                } else {
                    refused = stream;
                }
            }
            assertThat("the cap (5 in tests) refuses the 6th subscriber at the latest", refused != null, equalTo(true));
            assertThat(refused.status(), equalTo(503));
            assertThat(refused.header("Retry-After"), equalTo("5"));
            assertThat(refused.header("Content-Type"), containsString("application/problem+json"));
            assertThat(refused.errorBody(), containsString("subscribers"));
            // the JSON feed is not a subscriber: it still answers
            given().get("/api/v1/changes?limit=1").then().statusCode(200);
        } finally {
            open.forEach(EventStream::close);
        }
    }

    @Test
    void aSubscriberThatStopsReadingDoesNotHoldUpAnother() throws IOException {
        String start = latestCursor();
        try (Socket stalled = admittedWithoutReading(start)) {
            try (EventStream reader = openWhenAdmitted("?cursor=" + start)) {
                // enough changes to fill the stalled client's buffers many times over (one COPY of revisions)
                DatasetDocument many = TestEvents.batch(TestEvents.freshYear(), 3000);
                importer.importDocument(many);
                // every one of the batch's revisions, told by the batch's tag (a plain match: thousands to read)
                int[] seen = {0};
                reader.until(message -> message.data().contains(many.dataset()) && ++seen[0] == 3000, Duration.ofSeconds(120));
            }
            // the stalled client is dropped after the stall timeout (3 s in tests), counted, and its connection ends
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (dropped() < 1 && System.nanoTime() < deadline) {
                pause();
            }
            assertThat(dropped(), greaterThan(0.0));
            assertThat(drainsToTheEnd(stalled, Duration.ofSeconds(30)), equalTo(true));
        }
    }

    /** A subscriber that reads its answer's status line and nothing more; the cap's places freed by earlier tests are awaited. */
    private static Socket admittedWithoutReading(String cursor) throws IOException {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        while (true) {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("localhost", RestAssured.port));
            OutputStream request = socket.getOutputStream();
            request.write(("GET /api/v1/changes?cursor=" + cursor + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            request.flush();
            StringBuilder status = new StringBuilder();
            InputStream in = socket.getInputStream();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                status.append((char) c);
            }
            if (status.toString().startsWith("HTTP/1.1 200")) {
                return socket;
            }
            socket.close();
            assertThat("admitted within " + DELIVERY + ": " + status, System.nanoTime() < deadline, equalTo(true));
            pause();
        }
    }

    /** The server's count of dropped subscribers, from its metrics. */
    private static double dropped() {
        return given().get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith("eventline_change_stream_dropped_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void idleStreamGetsHeartbeats() throws InterruptedException {
        try (EventStream stream = openWhenAdmitted("?since=2999-01-01")) {
            assertThat(stream.status(), equalTo(200));
            long deadline = System.nanoTime() + DELIVERY.toNanos();
            while (stream.comments() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(stream.comments(), greaterThan(1));
        }
    }

    @Test
    void jsonFeedStaysTheDefaultAnswer() {
        given().header("Accept", "*/*").get("/api/v1/changes?limit=1").then().statusCode(200).contentType(ContentType.JSON);
        given().header("Accept", "application/json, text/event-stream;q=0.5").get("/api/v1/changes?limit=1").then()
                .statusCode(200).contentType(ContentType.JSON);
    }

    /** Reads what the server sent until the connection ends, within the time; false if it is still open then. */
    private static boolean drainsToTheEnd(Socket socket, Duration within) throws IOException {
        socket.setSoTimeout(1000);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[65536];
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (in.read(buffer) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException quiet) {
                // nothing yet: the server may not have dropped it yet
            } catch (SocketException reset) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChange(Message message, String eventId, String change) {
        return eventId.equals(message.json().getString("event_id")) && change.equals(message.json().getString("change"));
    }

    /** A stream, once the places in the cap that earlier tests' closed streams held are freed (within a second or two). */
    private static EventStream openWhenAdmitted(String query) {
        return openWhenAdmitted(query, Map.of());
    }

    private static EventStream openWhenAdmitted(String query, Map<String, String> headers) {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        while (true) {
            EventStream stream = open(query, headers);
            if (stream.status() != 503 || System.nanoTime() > deadline) {
                return stream;
            }
            pause();
        }
    }

    private static EventStream open(String query, Map<String, String> headers) {
        return EventStream.open("http://localhost:" + RestAssured.port + "/api/v1/changes" + query, headers);
    }

    /** The poll cursor of the whole feed now: a stream opened with it sees only what is written after. */
    private static String latestCursor() {
        return pollCursor(Map.of());
    }

    private static String latestCursor(String location) {
        return pollCursor(Map.of("location", location));
    }

    private static String pollCursor(Map<String, String> filter) {
        return FeedPosition.latest(RestAssured.port, filter);
    }

    /** Events written through the API at places of their own: a town and a district inside it. */
    private final class Fixture {
        private final int year = TestEvents.freshYear();
        private final String tag;
        private final CuratedEvents writes;

        Fixture() {
            DatasetDocument batch = TestEvents.batch(year, 0);
            tag = batch.dataset();
            writes = new CuratedEvents(year, tag + "-report");
            LocationEntry district = new LocationEntry(null, tag + "-district", "District " + tag, LocationKind.DISTRICT,
                    tag + "-town", List.of(), new LocationEntry.Point(10.01, 20.01), LocationPrecision.DISTRICT, null);
            importer.importDocument(new DatasetDocument(tag, batch.sources(), batch.actors(),
                    Stream.concat(batch.locations().stream(), Stream.of(district)).toList(), List.of()));
        }

        String town() {
            return tag + "-town";
        }

        String district() {
            return tag + "-district";
        }

        String create(String title, String location) {
            return writes.create(title, location);
        }

        void patchTitle(String id, String title) {
            writes.patchTitle(id, title);
        }

        void retire(String id) {
            writes.retire(id);
        }
    }
}
