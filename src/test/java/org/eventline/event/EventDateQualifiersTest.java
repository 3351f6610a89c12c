package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;

/**
 * A date's ? (uncertain), ~ (approximate) and % (both) come back as they were written, through every way an event
 * is written (POST, NDJSON, the envelope's parts) and read (the event, the list, CSV), and after an edit.
 */
@QuarkusTest
class EventDateQualifiersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DatasetImporter importer;

    private int year;
    private String tag;

    @BeforeEach
    void importReferences() {
        year = TestEvents.freshYear();
        DatasetDocument document = TestEvents.batch(year, 0);
        importer.importDocument(document);
        tag = document.dataset();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            -10-20?         | false | true  | 20 October {year}, uncertain
            -10-20~         | true  | false | about 20 October {year}
            -10-20%         | true  | true  | about 20 October {year}, uncertain
            -10-20          | false | false | 20 October {year}
            -09-21?/..      | false | true  | since 21 September {year}, uncertain
            """)
    void postedQualifierComesBackAsWritten(String date, boolean approximate, boolean uncertain, String label) {
        String edtf = year + date;
        Map<String, Object> body = body("Posted " + edtf, Map.of("edtf", edtf));
        body.put("claims", List.of(claim(Map.of("edtf", edtf))));
        String id = given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/events").then().statusCode(201).extract().path("id");

        Response event = given().get("/api/v1/events/" + id);
        event.then().statusCode(200)
                .body("date.edtf", equalTo(edtf))
                .body("date.approximate", equalTo(approximate))
                .body("date.uncertain", equalTo(uncertain))
                .body("date.label", equalTo(label.replace("{year}", String.valueOf(year))))
                .body("claims[0].period.edtf", equalTo(edtf))
                .body("claims[0].period.uncertain", equalTo(uncertain));
        given().queryParam("from", year).queryParam("to", year).get("/api/v1/events").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.date.edtf", equalTo(edtf))
                .body("items.find { it.id == '" + id + "' }.date.uncertain", equalTo(uncertain));
        String csv = given().queryParam("from", year).queryParam("to", year).queryParam("format", "csv")
                .get("/api/v1/events").then().statusCode(200).extract().asString();
        String row = csv.lines().filter(line -> line.startsWith(id)).findFirst().orElseThrow();
        // date_approximate, date_uncertain, date_edtf: the CSV's fifth to seventh columns
        List<String> columns = List.of(row.split(",", -1));
        assertEquals(List.of(String.valueOf(approximate), String.valueOf(uncertain), edtf), columns.subList(4, 7), row);

        // an edit that leaves the date alone leaves its qualifier alone
        given().auth().oauth2(Tokens.editor()).contentType("application/merge-patch+json; charset=utf-8")
                .header("If-Match", event.header("ETag")).body(Map.of("title", "Edited " + edtf))
                .patch("/api/v1/events/" + id).then().statusCode(200).body("date.edtf", equalTo(edtf));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            -10-20? | false | true
            -10-20~ | true  | false
            -10-20% | true  | true
            """)
    void ndjsonLineKeepsItsQualifier(String date, boolean approximate, boolean uncertain) throws Exception {
        String edtf = year + date;
        Map<String, Object> line = body("Imported " + edtf, Map.of("edtf", edtf));
        line.put("key", tag + "/qualifier-" + approximate + "-" + uncertain);
        given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson; charset=utf-8")
                .body((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports").then().statusCode(200).body("created", equalTo(1));

        given().queryParam("from", year).queryParam("to", year).get("/api/v1/events").then().statusCode(200)
                .body("items.find { it.title == 'Imported " + edtf + "' }.date.edtf", equalTo(edtf))
                .body("items.find { it.title == 'Imported " + edtf + "' }.date.approximate", equalTo(approximate))
                .body("items.find { it.title == 'Imported " + edtf + "' }.date.uncertain", equalTo(uncertain));
    }

    /** The envelope's parts name the two flags; both at once write %. */
    @ParameterizedTest(name = "approximate {0}, uncertain {1}")
    @CsvSource(delimiter = '|', textBlock = """
            false | true  | -10-20?
            true  | false | -10-20~
            true  | true  | -10-20%
            """)
    void partsNameEachFlag(boolean approximate, boolean uncertain, String date) {
        Map<String, Object> parts = Map.of("start", year + "-10-20", "end", year + "-10-20", "precision", "day",
                "approximate", approximate, "uncertain", uncertain);
        given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body("Parts " + date, parts))
                .post("/api/v1/events").then().statusCode(201)
                .body("date.edtf", equalTo(year + date))
                .body("date.approximate", equalTo(approximate))
                .body("date.uncertain", equalTo(uncertain));
    }

    private Map<String, Object> body(String title, Map<String, Object> date) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "shelling");
        body.put("title", title);
        body.put("status", "occurred");
        body.put("date", date);
        body.put("location", tag + "-town");
        body.put("actors", List.of(Map.of("actor", tag + "-force", "role", "perpetrator")));
        body.put("sources", List.of(Map.of("source", tag + "-report")));
        return body;
    }

    private Map<String, Object> claim(Map<String, Object> period) {
        return Map.of("measure", "killed", "group", "civilians", "min", 4, "max", 4, "qualifier", "exactly",
                "period", period, "attributed_to", tag + "-force", "source", tag + "-report",
                "verification", "unverified");
    }
}
