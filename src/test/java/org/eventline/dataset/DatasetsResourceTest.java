package org.eventline.dataset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;

/**
 * Datasets: every event names one, /datasets says what to cite and under which licence, the
 * dataset filter narrows every list, and writes and imports name the dataset their events join.
 */
@QuarkusTest
class DatasetsResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "aljazeera-2016-10-14-aleppo";

    @Inject
    DatasetImporter importer;

    @Test
    void listsTheDatasetsWithWhatToCite() {
        given().get("/api/v1/datasets").then().statusCode(200)
                .body("items.slug", hasItem("ucdp-ged-syria"))
                .body("items.find { it.slug == 'ucdp-ged-syria' }.version", equalTo("19.1"))
                .body("items.find { it.slug == 'ucdp-ged-syria' }.licence", equalTo("CC BY 4.0"))
                .body("items.find { it.slug == 'ucdp-ged-syria' }.citation", containsString("Sundberg"))
                .body("items.find { it.slug == 'eventline-curated' }.publisher", equalTo("Eventline curators"))
                .body("next_cursor", nullValue());
    }

    @Test
    void theSeedsEventsNameItsDatasetAndItCountsThem() {
        int events = given().get("/api/v1/events?dataset=" + SEED + "&count=true&limit=500").then().statusCode(200)
                .body("items.dataset", everyItem(equalTo(SEED))).extract().path("total");
        given().get("/api/v1/datasets/" + SEED).then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Link", containsString("rel=\"cite-as\""))
                .body("slug", equalTo(SEED)).body("events", equalTo(events))
                .body("url", containsString("aljazeera.com")).body("imported_at", notNullValue());
    }

    @Test
    void oneDatasetAnswers304ToItsTagAndLinksItsLicence() {
        Response first = given().get("/api/v1/datasets/ucdp-ged-syria");
        first.then().statusCode(200).header("Link", containsString("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""));
        given().header("If-None-Match", first.header("ETag")).get("/api/v1/datasets/ucdp-ged-syria").then().statusCode(304);
    }

    @Test
    void anUnknownDatasetIs404AndAnUnknownFilterIs400NamingIt() {
        given().get("/api/v1/datasets/no-such-dataset").then().statusCode(404).contentType("application/problem+json");
        for (String path : List.of("/api/v1/events", "/api/v1/claims", "/api/v1/stats/timeline?interval=year&")) {
            String url = path + (path.endsWith("&") ? "" : "?") + "dataset=no-such-dataset";
            given().get(url).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.parameter", hasItem("dataset"));
        }
    }

    @Test
    void aWriteJoinsTheCuratorsDatasetUnlessItNamesAnotherAndARewriteKeepsIt() throws IOException {
        Fixture fixture = new Fixture();
        Map<String, Object> body = fixture.event("Written without a dataset");
        body.remove("key");
        Response created = given().auth().oauth2(Tokens.editor()).contentType("application/json").body(JSON.writeValueAsString(body))
                .post("/api/v1/events");
        created.then().statusCode(201).body("dataset", equalTo("eventline-curated"));
        String path = "/api/v1/events/" + created.path("id");

        body.put("dataset", fixture.tag);
        body.put("title", "Moved to the fixture's dataset");
        given().auth().oauth2(Tokens.editor()).header("If-Match", given().get(path).header("ETag")).contentType("application/json")
                .body(JSON.writeValueAsString(body)).put(path).then().statusCode(200).body("dataset", equalTo(fixture.tag));

        body.remove("dataset");
        body.put("title", "Rewritten without naming its dataset");
        given().auth().oauth2(Tokens.editor()).header("If-Match", given().get(path).header("ETag")).contentType("application/json")
                .body(JSON.writeValueAsString(body)).put(path).then().statusCode(200).body("dataset", equalTo(fixture.tag));

        given().auth().oauth2(Tokens.editor()).header("If-Match", given().get(path).header("ETag"))
                .contentType("application/merge-patch+json; charset=utf-8").body("{\"dataset\":\"no-such-dataset\"}").patch(path)
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("dataset"));
        given().get("/api/v1/events?dataset=" + fixture.tag).then().statusCode(200)
                .body("items.title", equalTo(List.of("Rewritten without naming its dataset")));
    }

    @Test
    void anImportNamesItsDatasetAndVersionAndAReimportChangesNothing() throws IOException {
        Fixture fixture = new Fixture();
        String lines = JSON.writeValueAsString(fixture.event("Imported one")) + "\n"
                + JSON.writeValueAsString(fixture.event("Imported two")) + "\n";
        importNdjson(lines, "?dataset=no-such-dataset").then().statusCode(400).body("errors[0].parameter", equalTo("dataset"));

        importNdjson(lines, "?dataset=" + fixture.tag + "&version=2.1").then().statusCode(200).body("created", equalTo(2));
        Map<String, Object> dataset = given().get("/api/v1/datasets/" + fixture.tag).then().statusCode(200)
                .body("version", equalTo("2.1")).body("events", equalTo(2)).extract().path("");
        assertNotNull(dataset.get("imported_at"));

        importNdjson(lines, "?dataset=" + fixture.tag + "&version=2.1").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        given().get("/api/v1/datasets/" + fixture.tag).then().body("imported_at", equalTo(dataset.get("imported_at")));

        // a line that names no dataset leaves a stored event in its own, whatever the import's dataset
        importNdjson(lines, "").then().statusCode(200).body("unchanged", equalTo(2));
        given().get("/api/v1/events?dataset=" + fixture.tag).then().body("items.title", equalTo(List.of("Imported one", "Imported two")));
    }

    @Test
    void aUcdpImportJoinsTheUcdpDatasetByDefaultAndAReimportChangesNothing() throws IOException {
        int year = TestEvents.freshYear();
        long id = 96_000_000L + (System.nanoTime() % 1_000_000);
        String[] headAndRow;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                getClass().getResourceAsStream("/ucdp/ged-syria-2016-2019.csv.gz")), StandardCharsets.UTF_8))) {
            headAndRow = new String[] {lines.readLine(), lines.readLine()};
        }
        // a real row with an id never imported, moved to a far-future year so no other test reads it
        String row = headAndRow[1].replaceFirst("^[0-9]+,", id + ",").replace(",2016,", "," + year + ",")
                .replace("\"2016-", "\"" + year + "-");
        byte[] csv = (headAndRow[0] + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);

        given().auth().oauth2(Tokens.editor()).contentType("text/csv; charset=utf-8").body(csv)
                .post("/api/v1/imports?format=ucdp-ged&version=19.1").then().statusCode(200).body("created", equalTo(1));
        String importedAt = given().get("/api/v1/datasets/ucdp-ged-syria").then().body("version", equalTo("19.1"))
                .extract().path("imported_at");
        given().get("/api/v1/events?dataset=ucdp-ged-syria&from=" + year + "&to=" + year).then().statusCode(200)
                .body("items.external_key", equalTo(List.of("ucdp-ged:" + id)))
                .body("items.dataset", equalTo(List.of("ucdp-ged-syria")));

        given().auth().oauth2(Tokens.editor()).contentType("text/csv; charset=utf-8").body(csv)
                .post("/api/v1/imports?format=ucdp-ged&version=19.1").then().statusCode(200).body("unchanged", equalTo(1));
        given().get("/api/v1/datasets/ucdp-ged-syria").then().body("imported_at", equalTo(importedAt));
    }

    @Test
    void theCsvSaysOnEveryRowWhatToCite() throws IOException {
        Fixture fixture = new Fixture();
        importNdjson(JSON.writeValueAsString(fixture.event("Exported")) + "\n", "?dataset=" + fixture.tag).then().statusCode(200);
        String csv = given().get("/api/v1/events?format=csv&dataset=" + fixture.tag).then().statusCode(200).extract().asString();
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> read = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = read.readAll();
        }
        assertEquals(1, rows.size());
        assertEquals(fixture.tag, rows.get(0).get("dataset"));
        assertEquals("3.0", rows.get(0).get("dataset_version"));
        assertEquals("CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)", rows.get(0).get("dataset_licence"));
        assertEquals("Fixture " + fixture.tag + " (2100), version 3.0.", rows.get(0).get("dataset_citation"));
        given().get("/api/v1/events?format=geojson&dataset=" + fixture.tag).then().statusCode(200)
                .body("features[0].properties.dataset", equalTo(fixture.tag));
    }

    private static Response importNdjson(String body, String query) {
        return given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson; charset=utf-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports" + query);
    }

    /** A dataset of its own, with its licence and citation, and a place, actor and source of its own. */
    private final class Fixture {
        final int year = TestEvents.freshYear();
        final String tag;
        private int count;

        Fixture() {
            DatasetDocument batch = TestEvents.batch(year, 0);
            tag = batch.dataset();
            importer.importDocument(new DatasetDocument(tag, batch.sources(), batch.actors(), batch.locations(), List.of(),
                    new DatasetDocument.About("Fixture " + tag, "Tests", "3.0", "CC BY 4.0",
                            "https://creativecommons.org/licenses/by/4.0/", "Fixture " + tag + " (2100), version 3.0.", null)));
        }

        Map<String, Object> event(String title) {
            count++;
            Map<String, Object> event = new HashMap<>();
            event.put("key", tag + "/dataset-" + count);
            event.put("type", "shelling");
            event.put("title", title);
            event.put("status", "occurred");
            event.put("date", Map.of("edtf", year + "-06-0" + count));
            event.put("location", tag + "-town");
            event.put("actors", List.of(Map.of("actor", tag + "-force", "role", "perpetrator")));
            event.put("sources", List.of(Map.of("source", tag + "-report")));
            return event;
        }
    }
}
