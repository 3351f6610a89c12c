package org.eventline.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;

/** NDJSON imports: one event per line in the API's shape, records created inline, bad lines reported. */
@QuarkusTest
class NdjsonImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DatasetImporter importer;

    @Test
    void goodLinesLandBadLinesAreReportedAndReimportChangesNothing() throws Exception {
        Fixture fixture = new Fixture();
        Map<String, Object> good = fixture.event("Imported with an inline militia", fixture.tag + "-militia");
        good.put("includes", Map.of("actors", List.of(Map.of("slug", fixture.tag + "-militia", "name", "Inline Militia " + fixture.tag,
                "kind", "armed_group"))));
        Map<String, Object> unknownField = fixture.event("Unknown field", fixture.tag + "-force");
        unknownField.put("casualties", 3);
        Map<String, Object> minAboveMax = fixture.event("Min above max", fixture.tag + "-force");
        minAboveMax.put("claims", List.of(fixture.claim(9, 3)));
        Map<String, Object> unknownActor = fixture.event("Unknown actor", "nobody-" + fixture.tag);
        String body = String.join("\n", JSON.writeValueAsString(good), JSON.writeValueAsString(unknownField),
                JSON.writeValueAsString(minAboveMax), "{not json", "", JSON.writeValueAsString(unknownActor)) + "\n";

        Response first = importNdjson(body, "");
        first.then().statusCode(200)
                .body("lines", equalTo(5)).body("created", equalTo(1)).body("rejected", equalTo(4))
                .body("rejected_lines.line", equalTo(List.of(2, 3, 4, 6)))
                .body("rejected_lines[0].problems[0].field", equalTo("casualties"))
                .body("rejected_lines[1].problems.field", hasItem("claims[0].min"))
                .body("rejected_lines[2].problems[0].field", equalTo("(line)"))
                .body("rejected_lines[3].problems[0].field", equalTo("actors[0].actor"));
        assertThat(fixture.titles(), equalTo(List.of("Imported with an inline militia")));
        given().get("/api/v1/actors/" + fixture.tag + "-militia").then().statusCode(200)
                .body("name", equalTo("Inline Militia " + fixture.tag));

        importNdjson(body, "").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(1)).body("rejected", equalTo(4));
    }

    @Test
    void atomicImportWritesNothingWhenALineIsBad() throws Exception {
        Fixture fixture = new Fixture();
        Map<String, Object> good = fixture.event("Atomic good line", fixture.tag + "-force");
        Map<String, Object> bad = fixture.event("Atomic bad line", fixture.tag + "-force");
        bad.put("status", "rumoured");
        String body = JSON.writeValueAsString(good) + "\n" + JSON.writeValueAsString(bad) + "\n";
        importNdjson(body, "?atomic=true").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("line 2: status"));
        assertThat(fixture.titles(), equalTo(List.of()));
        importNdjson(body, "?atomic=false").then().statusCode(200).body("created", equalTo(1));
        assertThat(fixture.titles(), equalTo(List.of("Atomic good line")));
    }

    @Test
    void aRetiredEventIsNotBroughtBackByALineWithItsId() throws Exception {
        Fixture fixture = new Fixture();
        Map<String, Object> line = fixture.event("Retired, then imported again", fixture.tag + "-force");
        line.remove("key");
        line.put("id", UUID.randomUUID().toString());
        importNdjson(JSON.writeValueAsString(line) + "\n", "").then().statusCode(200).body("created", equalTo(1));
        String path = "/api/v1/events/" + line.get("id");
        given().auth().oauth2(Tokens.admin()).header("If-Match", given().get(path).header("ETag")).delete(path)
                .then().statusCode(204);
        importNdjson(JSON.writeValueAsString(line) + "\n", "").then().statusCode(200)
                .body("created", equalTo(0)).body("retired", equalTo(1));
        given().get(path).then().statusCode(410);
    }

    private static Response importNdjson(String body, String query) {
        return given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson; charset=utf-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports" + query);
    }

    /** Events of a fresh year, naming an actor, place and source of their own. */
    private final class Fixture {
        final int year = TestEvents.freshYear();
        final String tag;
        private int count;

        Fixture() {
            DatasetDocument document = TestEvents.batch(year, 0);
            importer.importDocument(document);
            tag = document.dataset();
        }

        Map<String, Object> event(String title, String actor) {
            count++;
            Map<String, Object> event = new java.util.HashMap<>();
            event.put("key", tag + "/ndjson-" + count);
            event.put("type", "shelling");
            event.put("title", title);
            event.put("status", "occurred");
            event.put("date", Map.of("edtf", year + "-06-0" + count));
            event.put("location", tag + "-town");
            event.put("actors", List.of(Map.of("actor", actor, "role", "perpetrator")));
            event.put("sources", List.of(Map.of("source", tag + "-report")));
            return event;
        }

        Map<String, Object> claim(long min, long max) {
            return Map.of("measure", "killed", "min", min, "max", max, "qualifier", "about",
                    "attributed_to", tag + "-force", "source", tag + "-report", "verification", "unverified");
        }

        List<String> titles() {
            return given().queryParam("from", year).queryParam("to", year).queryParam("date_match", "within")
                    .get("/api/v1/events").path("items.title");
        }
    }
}
