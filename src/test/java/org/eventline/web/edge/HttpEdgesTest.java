package org.eventline.web.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.eventline.web.Problem;

/**
 * Requests refused below the resources, by the HTTP layer (URI decoding, line and header limits,
 * Host, CORS, content negotiation, methods), still answer problem+json, and 405 says what is allowed.
 */
@QuarkusTest
class HttpEdgesTest {

    @Test
    void malformedPercentEncodingInTheQueryIsAProblemNamingTheParameter() throws IOException {
        for (String[] query : new String[][] {{"q=%zz", "q"}, {"q=%", "q"}, {"q=%%", "q"}, {"limit=5&cursor=%%%garbage", "cursor"}}) {
            RawHttp.Answer answer = RawHttp.get("/api/v1/events?" + query[0]);
            JsonPath problem = assertProblem(answer, 400);
            assertEquals(query[1], problem.getString("errors[0].parameter"), answer.body());
        }
    }

    @Test
    void malformedPercentEncodingInThePathIsAProblem() throws IOException {
        assertProblem(RawHttp.get("/api/v1/actors/a%zzb"), 400);
        assertProblem(RawHttp.get("/api/v1/ev%zzents"), 400);
    }

    @Test
    void anOverLongRequestLineIs414Problem() throws IOException {
        assertProblem(RawHttp.get("/api/v1/events?q=" + "a".repeat(9000)), 414);
    }

    @Test
    void anOverLongHeaderBlockIs431Problem() throws IOException {
        assertProblem(RawHttp.get("/api/v1/events", "X-Padding: " + "a".repeat(30_000)), 431);
    }

    @Test
    void aBadHostHeaderIs400Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/event-types HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n");
        JsonPath problem = assertProblem(answer, 400);
        assertFalse(answer.body().contains("stack"), answer.body());
        assertTrue(problem.getString("detail").contains("Host"), answer.body());
    }

    @Test
    void aWriteFromAForeignOriginIs403ProblemWhileItsReadsAreOpen() {
        String detail = given().header("Origin", "https://elsewhere.example").contentType("application/json").body("{}")
                .post("/api/v1/actors")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("status", is(403))
                .extract().path("detail");
        assertTrue(detail.contains("cross-origin"), detail);
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/actors/sergey-lavrov")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().header("Origin", "https://elsewhere.example").get("/api/v1/event-types")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://elsewhere.example");
    }

    @Test
    void anEmptyAcceptHeaderCountsAsNone() throws IOException {
        RawHttp.Answer answer = RawHttp.get("/api/v1/event-types", "Accept:");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.header("content-type").startsWith("application/json"), answer.headers().toString());
    }

    @Test
    void a405SaysWhichMethodsThePathServesAndOptionsAdvertisesTheSame() {
        for (String path : new String[] {"/api/v1/events", "/api/v1/events/fe33475e-d42c-4ca3-b45c-02cf9e2bcedb",
                "/api/v1/event-types", "/api/v1/actors/sergey-lavrov", "/api/v1/imports"}) {
            String advertised = given().options(path).then().statusCode(is(not(405))).extract().header("Allow");
            assertNotNull(advertised, path);
            Set<String> allowed = methods(advertised);
            assertTrue(allowed.contains("OPTIONS"), path + ": " + advertised);
            for (String method : new String[] {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"}) {
                int status = given().request(method, path).then().extract().statusCode();
                if (allowed.contains(method)) {
                    assertNotEquals(405, status, method + " " + path + " is advertised in Allow: " + advertised);
                } else {
                    assertEquals(405, status, method + " " + path + " is not in Allow: " + advertised);
                    String allow = given().request(method, path).then().contentType(Problem.MEDIA_TYPE).extract().header("Allow");
                    assertEquals(allowed, methods(allow), method + " " + path);
                }
            }
        }
    }

    @Test
    void a406SaysWhichFormatsTheResourceOffers() {
        given().accept("image/png").get("/api/v1/events")
                .then().statusCode(406).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("application/json, application/geo+json, text/csv"))
                .body("detail", containsString("format="))
                .body("detail", not(containsString("@Produces")));
        given().accept("text/csv").get("/api/v1/event-types")
                .then().statusCode(406).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("application/json"))
                .body("detail", not(containsString("format=")));
    }

    @Test
    void aClientTricklingItsRequestHeadIsAnswered408AndDisconnected() throws IOException {
        // the test profile gives 2 s for a request head; this client would take about a minute
        try (Socket socket = RawHttp.open()) {
            socket.setSoTimeout(500);
            RawHttp.write(socket.getOutputStream(), "GET /api/v1/event-types HTTP/1.1\r\nHost: localhost\r\n");
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            boolean closed = false;
            for (int i = 0; i < 120 && !closed; i++) {
                try {
                    RawHttp.write(socket.getOutputStream(), "X");
                    int n = socket.getInputStream().read(BUFFER);
                    if (n < 0) {
                        closed = true;
                    } else {
                        received.write(BUFFER, 0, n);
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // nothing yet: send the next byte
                } catch (IOException reset) {
                    closed = true;
                }
            }
            assertTrue(closed, "the connection stayed open while the head trickled in");
            assertProblem(RawHttp.parse(received.toByteArray()), 408);
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedWithoutAnAnswer() throws IOException {
        try (Socket socket = RawHttp.open()) {
            assertEquals(0, RawHttp.readAll(socket.getInputStream()).length, "an answer to a request never sent");
        }
    }

    @Test
    void aClientSendingItsHeadInTimeKeepsItsConnectionForTheNextRequest() throws IOException, InterruptedException {
        try (Socket socket = RawHttp.open()) {
            String request = "GET /api/v1/event-types HTTP/1.1\r\nHost: localhost\r\n\r\n";
            for (int i = 0; i < 3; i++) {
                // together longer than the 2 s a head may take: each answer restarts the wait
                Thread.sleep(i == 0 ? 0 : 1200);
                RawHttp.write(socket.getOutputStream(), request);
                assertEquals(200, readOneAnswer(socket).status());
            }
        }
    }

    private static final byte[] BUFFER = new byte[8192];

    /** Reads one answer with a Content-Length body from a connection that stays open. */
    private static RawHttp.Answer readOneAnswer(Socket socket) throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        while (true) {
            int n = socket.getInputStream().read(BUFFER);
            assertTrue(n > 0, "the connection closed before the answer was complete");
            in.write(BUFFER, 0, n);
            RawHttp.Answer answer = RawHttp.parse(in.toByteArray());
            String length = answer.header("content-length");
            if (length != null && answer.body().getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length)) {
                return answer;
            }
        }
    }

    private static Set<String> methods(String allow) {
        assertNotNull(allow, "no Allow header");
        return Arrays.stream(allow.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonPath assertProblem(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.headers() + " " + answer.body());
        String type = answer.header("content-type");
        assertTrue(type != null && type.startsWith(Problem.MEDIA_TYPE), "content-type " + type + " " + answer.body());
        JsonPath problem = JsonPath.from(answer.body());
        assertEquals(status, problem.getInt("status"), answer.body());
        assertTrue(problem.getString("type").startsWith("urn:eventline:problem:"), answer.body());
        assertNotNull(problem.getString("detail"), answer.body());
        return problem;
    }
}
