package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;

/** A claim's estimate and group_actor go in through every write (POST, PUT, PATCH, NDJSON) and come back as sent. */
@QuarkusTest
class ClaimEstimateWritesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DatasetImporter importer;

    private int year;
    private String tag;

    @BeforeEach
    void importReferences() {
        year = TestEvents.freshYear();
        DatasetDocument document = TestEvents.batch(year, 1);
        importer.importDocument(document);
        tag = document.dataset();
    }

    @Test
    void estimateAndGroupActorRoundTripThroughPostPutAndPatch() {
        Response created = send("POST", "/api/v1/events", null, ContentType.JSON.toString(), event(claim("best", tag + "-force")));
        created.then().statusCode(201)
                .body("claims[0].estimate", equalTo("best"))
                .body("claims[0].group_actor.slug", equalTo(tag + "-force"));
        String path = "/api/v1/events/" + created.path("id");
        given().get(path).then().body("claims[0].estimate", equalTo("best")).body("claims[0].group_actor.slug", equalTo(tag + "-force"));

        Response replaced = send("PUT", path, created.header("ETag"), ContentType.JSON.toString(), event(claim("low", null)));
        replaced.then().statusCode(200)
                .body("claims[0].estimate", equalTo("low"))
                .body("claims[0].group_actor", nullValue());

        Response patched = send("PATCH", path, replaced.header("ETag"), "application/merge-patch+json; charset=utf-8",
                Map.of("claims", List.of(claim("high", tag + "-force"))));
        patched.then().statusCode(200)
                .body("claims[0].estimate", equalTo("high"))
                .body("claims[0].group_actor.slug", equalTo(tag + "-force"));
        given().get(path).then().body("claims[0].estimate", equalTo("high"));
    }

    @Test
    void aWrongEstimateIs400AndAnUnknownGroupActorIsAnUnknownReference() {
        send("POST", "/api/v1/events", null, ContentType.JSON.toString(), event(claim("median", null)))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("claims[0].estimate"));
        Map<String, Object> unknownActor = claim("best", "no-such-side");
        Map<String, Object> unknownClaimant = claim("best", null);
        unknownClaimant.put("attributed_to", "no-such-claimant");
        send("POST", "/api/v1/events", null, ContentType.JSON.toString(), event(unknownActor))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:eventline:problem:unknown-reference"))
                .body("errors.field", hasItem("claims[0].group_actor"));
        send("POST", "/api/v1/events", null, ContentType.JSON.toString(), event(unknownClaimant))
                .then().statusCode(422).body("type", equalTo("urn:eventline:problem:unknown-reference"));
    }

    @Test
    void ndjsonLinesCarryEstimateAndGroupActorAndReimportChangesNothing() throws Exception {
        Map<String, Object> line = event(claim("best", tag + "-force"));
        line.put("key", tag + "/estimate");
        Map<String, Object> wrong = event(claim("median", null));
        wrong.put("key", tag + "/wrong-estimate");
        String body = JSON.writeValueAsString(line) + "\n" + JSON.writeValueAsString(wrong) + "\n";
        importNdjson(body).then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("rejected_lines[0].problems[0].field", equalTo("claims[0].estimate"));
        given().queryParam("from", year).queryParam("to", year).queryParam("q", "estimated").get("/api/v1/events").then()
                .body("items[0].claims[0].estimate", equalTo("best"))
                .body("items[0].claims[0].group_actor.slug", equalTo(tag + "-force"));
        importNdjson(body).then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(1));
    }

    private Map<String, Object> event(Map<String, Object> claim) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "shelling");
        body.put("title", "Shelling with an estimated toll");
        body.put("status", "occurred");
        body.put("date", Map.of("edtf", year + "-05-01"));
        body.put("location", tag + "-town");
        body.put("actors", List.of(Map.of("actor", tag + "-force", "role", "perpetrator")));
        body.put("claims", List.of(claim));
        body.put("sources", List.of(Map.of("source", tag + "-report")));
        return body;
    }

    private Map<String, Object> claim(String estimate, String groupActor) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("measure", "killed");
        claim.put("group", "combatants");
        claim.put("min", 12);
        claim.put("max", 12);
        claim.put("qualifier", "about");
        claim.put("estimate", estimate);
        if (groupActor != null) {
            claim.put("group_actor", groupActor);
        }
        claim.put("attributed_to", tag + "-force");
        claim.put("source", tag + "-report");
        claim.put("verification", "unverified");
        return claim;
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
