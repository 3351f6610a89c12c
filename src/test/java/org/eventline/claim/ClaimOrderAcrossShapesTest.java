package org.eventline.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eventline.actor.ActorEntry;
import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.location.LocationEntry;
import org.eventline.location.LocationEntry.Point;
import org.eventline.source.SourceEntry;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.SourceKind;

/**
 * /claims lists the same claims in the same order whatever shape its statement takes (read from the
 * claims' own copy of their events' days, V025): with and without a period, one claimant or
 * several, with an event filter that joins the events, in both orders and at every page size; and
 * a claim moves in the order when its event's date changes, by PUT or by a re-import. The expected
 * list is the events listing with the same event filters, each event's claims in turn, kept by
 * their own fields: a claim's place in /claims is its event's place in /events.
 */
@QuarkusTest
class ClaimOrderAcrossShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Envelopes of every length class (V012), several starting on the same day so that ties go by event id. */
    private static final List<String> ENVELOPES = List.of("%d-03-10", "%d-03-10", "%d-03-10", "%d-03-10/%d-03-15",
            "%d-02-20/%d-03-15", "%d-01-01/%d-03-31", "%d", "%d-03-10/..", "%d-05-01", "%d-07-04/%d-07-05", "%d-09-30",
            "%d-11-11/%<d-12-31", "%d-12-31", "%d-06-01/..");

    @Inject
    DatasetImporter importer;

    private int year;
    private String tag;
    private List<String> claimants;

    @BeforeEach
    void storeEventsOfEveryEnvelopeClassByEachWritePath() throws Exception {
        year = TestEvents.freshYear();
        tag = "shapes" + year + "-" + UUID.randomUUID().toString().substring(0, 6);
        claimants = List.of(tag + "-a", tag + "-b", tag + "-c");
        LocalDate first = LocalDate.of(year, 1, 1);
        importer.importDocument(new DatasetDocument(tag,
                List.of(new SourceEntry(null, tag + "-report", SourceKind.NEWS_ARTICLE, "Test Wire", "Report " + tag,
                        "https://example.org/" + tag, first, "en", null)),
                claimants.stream().map(slug -> new ActorEntry(null, slug, "Claimant " + slug, ActorKind.MONITOR, List.of(),
                        null, null, null)).toList(),
                List.of(new LocationEntry(null, tag + "-town", "Town " + tag, LocationKind.CITY, null, List.of(),
                        new Point(10.0, 20.0), LocationPrecision.TOWN, null)),
                List.of()));
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < ENVELOPES.size(); i++) {
            Map<String, Object> event = event(i, ENVELOPES.get(i).formatted(year, year));
            if (i % 2 == 0) {
                send("POST", "/api/v1/events", null, ContentType.JSON.toString(), event).then().statusCode(201);
            } else {
                ndjson.append(JSON.writeValueAsString(event)).append('\n');
            }
        }
        importNdjson(ndjson.toString()).then().statusCode(200).body("created", equalTo(ENVELOPES.size() / 2));
    }

    @Test
    void everyShapeOfTheQueryListsTheClaimsOfTheEventsInTheirOrder() {
        for (String query : shapes()) {
            assertSameAsEvents(query);
        }
    }

    @Test
    void aClaimMovesInTheOrderWhenItsEventsDateChanges() throws Exception {
        String within = "from=" + year + "&to=" + year + "&date_match=within";
        // the first event of the year (by PUT: Hibernate's path) and the second (by re-import: COPY's) move to its last days
        List<Map<String, Object>> before = claims(within + "&limit=50");
        String firstEvent = eventOf(before.get(0));
        Response stored = given().get("/api/v1/events/" + firstEvent);
        Map<String, Object> moved = event(index(stored.path("external_key")), year + "-12-30");
        send("PUT", "/api/v1/events/" + firstEvent, stored.header("ETag"), ContentType.JSON.toString(), moved).then().statusCode(200);
        String secondEvent = before.stream().map(ClaimOrderAcrossShapesTest::eventOf).filter(id -> !id.equals(firstEvent))
                .filter(id -> index(given().get("/api/v1/events/" + id).path("external_key")) % 2 == 1).findFirst().orElseThrow();
        int secondIndex = index(given().get("/api/v1/events/" + secondEvent).path("external_key"));
        importNdjson(JSON.writeValueAsString(event(secondIndex, year + "-12-31")) + "\n").then().statusCode(200)
                .body("updated", equalTo(1));

        List<String> after = claims(within + "&limit=50").stream().map(ClaimOrderAcrossShapesTest::eventOf).toList();
        assertThat(after, hasSize(before.size()));
        assertThat(after.get(after.size() - 1), equalTo(secondEvent));
        assertThat(after.get(0), not(equalTo(firstEvent)));
        assertThat(after.indexOf(firstEvent) < after.indexOf(secondEvent), equalTo(true));
        for (String query : shapes()) {
            assertSameAsEvents(query);
        }
    }

    /** Queries of every shape of the statement, each confined to this test's events by its period, claimants or place. */
    private List<String> shapes() {
        String[] c = claimants.toArray(String[]::new);
        return List.of(
                "from=" + year + "&to=" + year + "&date_match=within",
                "attributed_to=" + c[0],
                "attributed_to=" + c[1] + "&measure=killed&from=" + year + "&to=" + year,
                "attributed_to=" + c[0] + "&attributed_to=" + c[2] + "&from=" + year + "-06-01&to=" + year,
                "attributed_to=" + c[1] + "&attributed_to=" + c[2] + "&to=" + year + "-06-30",
                "location=" + tag + "-town",
                "location=" + tag + "-town&measure=injured&to=" + year + "-06-30",
                "location=" + tag + "-town&attributed_to=" + c[2] + "&from=" + year + "-03-12&to=" + year + "-09-30");
    }

    /** Every page size and both orders give the claims of the events /events lists, in its order. */
    private void assertSameAsEvents(String query) {
        Map<String, String> parameters = parameters(query);
        List<String> claimFields = List.of("attributed_to", "measure");
        StringBuilder eventQuery = new StringBuilder("location=" + tag + "-town");
        parameters.forEach((name, value) -> {
            if (!claimFields.contains(name) && !name.equals("location")) {
                eventQuery.append('&').append(name).append('=').append(value);
            }
        });
        Predicate<Map<String, Object>> wanted = claim -> matches(claim, query);
        for (String sort : List.of("date", "-date")) {
            List<String> expected = new ArrayList<>();
            for (Map<String, Object> event : events(eventQuery + "&sort=" + sort)) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> eventClaims = (List<Map<String, Object>>) event.get("claims");
                List<String> kept = new ArrayList<>(eventClaims.stream().filter(wanted).map(claim -> (String) claim.get("id")).toList());
                if (sort.equals("-date")) {
                    // newest first is the exact reverse: an event's claims too come last to first
                    Collections.reverse(kept);
                }
                expected.addAll(kept);
            }
            assertThat(query + " " + sort + ": some claims", expected.isEmpty(), equalTo(false));
            for (int limit : List.of(1, 4, 50)) {
                List<String> listed = claims(query + "&sort=" + sort + "&limit=" + limit).stream()
                        .map(claim -> (String) claim.get("id")).toList();
                assertThat(query + " " + sort + " by " + limit, listed, equalTo(expected));
            }
        }
    }

    /** The claim's fields the query names: every value of attributed_to (any of them), measure. */
    private static boolean matches(Map<String, Object> claim, String query) {
        List<String> claimantsAsked = new ArrayList<>();
        String measure = null;
        for (String pair : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            if (nameAndValue[0].equals("attributed_to")) {
                claimantsAsked.add(nameAndValue[1]);
            } else if (nameAndValue[0].equals("measure")) {
                measure = nameAndValue[1];
            }
        }
        Object claimant = ((Map<?, ?>) claim.get("attributed_to")).get("slug");
        return (claimantsAsked.isEmpty() || claimantsAsked.contains(claimant)) && (measure == null || measure.equals(claim.get("measure")));
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.merge(nameAndValue[0], nameAndValue[1], (a, b) -> a + "&" + nameAndValue[0] + "=" + b);
        }
        return parameters;
    }

    private static List<Map<String, Object>> events(String query) {
        return pages("/api/v1/events?limit=100&" + query);
    }

    private static List<Map<String, Object>> claims(String query) {
        return pages("/api/v1/claims?" + query);
    }

    /** Every item of every page, following the cursors. */
    private static List<Map<String, Object>> pages(String first) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().get(first + (cursor == null ? "" : "&cursor=" + cursor)).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return items;
    }

    private static String eventOf(Map<String, Object> claim) {
        return (String) ((Map<?, ?>) claim.get("event")).get("id");
    }

    private int index(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }

    /** Event i: 0 to 3 claims, their claimants and measures rotating. */
    private Map<String, Object> event(int i, String edtf) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", tag + "/event-" + i);
        body.put("type", "shelling");
        body.put("title", "Shelling " + i + " " + tag);
        body.put("status", "occurred");
        body.put("date", Map.of("edtf", edtf));
        body.put("location", tag + "-town");
        body.put("sources", List.of(Map.of("source", tag + "-report")));
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int j = 0; j < i % 4; j++) {
            claims.add(Map.of("measure", (i + j) % 2 == 0 ? "killed" : "injured", "group", "civilians", "min", i + j,
                    "qualifier", "at_least", "attributed_to", claimants.get((i + j) % 3), "source", tag + "-report",
                    "verification", "unverified"));
        }
        body.put("claims", claims);
        return body;
    }

    private static Response send(String method, String path, String ifMatch, String contentType, Object body) {
        var request = given().auth().oauth2(Tokens.editor()).contentType(contentType).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.request(method, path);
    }

    private static Response importNdjson(String body) {
        return given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson; charset=utf-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports");
    }
}
