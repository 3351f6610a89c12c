package org.eventline.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.StoredRows;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;

/**
 * Write bodies are read strictly (API.md, "Strict at the edges"): a value of the wrong JSON type,
 * a duplicate key, content after the value, a null in a list, a NUL character, a date the API
 * cannot hold or a wrong Content-Type is refused naming the field, in the API's words, and nothing
 * is stored.
 */
@QuarkusTest
class StrictBodyTest {

    private static final List<String> JAVA_WORDS = List.of("java.", "org.eventline", "com.fasterxml", "Source:",
            "JsonReadFeature", "`");

    @Inject
    DatasetImporter importer;
    @Inject
    AgroalDataSource dataSource;

    private String tag;
    private int year;

    @BeforeEach
    void importReferences() {
        year = TestEvents.freshYear();
        DatasetDocument document = TestEvents.batch(year, 1);
        importer.importDocument(document);
        tag = document.dataset();
    }

    @Test
    void wrongTypedValuesAreRefusedNotConverted() {
        refused(postEvent(event().replace("\"min\":4", "\"min\":1.9")), "claims[0].min", "expected an integer, not 1.9");
        refused(postEvent(event().replace("\"min\":4", "\"min\":1.0e-400")), "claims[0].min", "expected an integer");
        refused(postEvent(event().replace("\"min\":4", "\"min\":\"4\"")), "claims[0].min", "expected an integer");
        refused(postEvent(event().replace("\"status\":\"occurred\"", "\"status\":3")), "status", "expected one of");
        refused(postEvent(event().replace("\"status\":\"occurred\"", "\"status\":\"3\"")), "status", "expected one of");
        refused(postEvent(event().replace("\"title\":\"Strict\"", "\"title\":true")), "title", "expected text");
        refused(postEvent(event().replace("\"title\":\"Strict\"", "\"title\":12")), "title", "expected text");
        refused(postEvent(event().replace("{\"edtf\":\"" + year + "-05-01\"}", "{\"start\":20161014,\"precision\":\"day\"}")),
                "date.start", "expected a date");
        refused(postEvent(event().replace("{\"edtf\":\"" + year + "-05-01\"}",
                "{\"start\":\"" + year + "-05-01T00:00\",\"precision\":\"day\"}")), "date.start", "expected a date");
        refused(postEvent(event().replace("{\"edtf\":\"" + year + "-05-01\"}", "{\"start\":[],\"precision\":\"day\"}")),
                "date.start", "expected a date");
        refused(post("/api/v1/sources", source(null).replace("}", ",\"published_on\":[" + year + ",5,1]}")),
                "published_on", "expected a date");
        refused(postEvent(event().replace("\"actors\":[", "\"actors\":5,\"x\":[")), "actors", "expected a list");
        refused(postEvent(event().replace("\"actors\":[", "\"actors\":{\"a\":1},\"x\":[")), "actors", "expected a list");
        refused(post("/api/v1/actors", "{\"slug\":\"" + tag + "-a\",\"name\":\"A\",\"kind\":\"group\",\"aliases\":\"x\"}"),
                "aliases", "expected a list");
        refused(post("/api/v1/locations", "{\"slug\":\"" + tag + "-l\",\"name\":\"L\",\"kind\":\"city\","
                + "\"location_precision\":\"town\",\"point\":{\"lon\":\"1\",\"lat\":2}}"), "point.lon", "expected a number");
        refused(post("/api/v1/actors", "[]"), "(body)", "expected an object");
    }

    @Test
    void duplicateKeysAndContentAfterTheValueAreRefused() {
        refused(postEvent(event().replace("\"title\":\"Strict\"", "\"title\":\"Strict\",\"title\":\"Other\"")),
                "title", "duplicate field 'title'");
        refused(postEvent(event().replace("\"min\":4", "\"min\":4,\"min\":5")), "claims[0].min", "duplicate field 'min'");
        refused(postEvent(event() + "}garbage"), "(body)", "unexpected content after the JSON value");
        refused(postEvent(event() + "{}"), "(body)", "unexpected content after the JSON value");
        refused(post("/api/v1/sources", "{\"slug\":\"" + tag + "-s\",\"kind\":\"news_article\",\"publisher\":\"P\","
                + "\"title\":\"T\"}{}"), "(body)", "unexpected content after the JSON value");
        refused(postEvent("{\"title\":"), "(body)", "malformed JSON");
    }

    @Test
    void emptyOrNullBodiesAre400NamingTheBody() {
        for (String path : List.of("/api/v1/actors", "/api/v1/locations", "/api/v1/sources", "/api/v1/events")) {
            for (String body : List.of("", "   \n ", "null")) {
                refused(post(path, body), "(body)", "required");
            }
        }
        String actor = "/api/v1/actors/" + tag + "-force";
        String etag = given().get(actor).header("ETag");
        for (String body : List.of("", " ", "null")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            refused(editor().header("If-Match", etag).contentType("application/json").body(bytes).put(actor), "(body)", "required");
            refused(editor().header("If-Match", etag).contentType("application/merge-patch+json; charset=utf-8").body(bytes).patch(actor),
                    "(body)", "required");
        }
    }

    @Test
    void nullInsideAListIsRefusedNamingTheElement() {
        refused(postEvent(event().replace("\"actors\":[", "\"actors\":[null,")), "actors[0]", "must not be null");
        refused(postEvent(event().replace("\"claims\":[", "\"claims\":[null,")), "claims[0]", "must not be null");
        refused(postEvent(event().replace("\"sources\":[", "\"sources\":[null,")), "sources[0]", "must not be null");
        refused(post("/api/v1/actors", "{\"slug\":\"" + tag + "-n\",\"name\":\"N\",\"kind\":\"group\",\"aliases\":[\"a\",null]}"),
                "aliases[1]", "must not be null");
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() {
        refused(postEvent(event().replace("\"title\":\"Strict\"", "\"title\":\"a\\u0000b\"")), "title", "NUL");
        refused(postEvent(event().replace("\"actor\":\"" + tag + "-force\"", "\"actor\":\"a\\u0000b\"")), "actors[0].actor", "NUL");
        refused(postEvent(event().replace("\"type\":\"shelling\"", "\"type\":\"a\\u0000b\"")), "type", "NUL");
        refused(post("/api/v1/actors", "{\"slug\":\"" + tag + "-z\",\"name\":\"Z\",\"kind\":\"group\","
                + "\"affiliation\":\"x\\u0000y\"}"), "affiliation", "NUL");
        refused(post("/api/v1/sources", "{\"slug\":\"" + tag + "-z\",\"kind\":\"news_article\",\"publisher\":\"P\\u0000\","
                + "\"title\":\"T\"}"), "publisher", "NUL");
    }

    @Test
    void datesTheApiCannotHoldAreRefusedNamingTheField() {
        refused(post("/api/v1/sources", source("+999999999-12-31")), "published_on", "0001 to 9999");
        refused(post("/api/v1/sources", source("+10000-01-01")), "published_on", "0001 to 9999");
        refused(post("/api/v1/sources", source("-0001-06-01")), "published_on", "0001 to 9999");
        // PostgreSQL has no year 0: a date of 0000 came back as 0001
        refused(post("/api/v1/sources", source("0000-06-01")), "published_on", "0001 to 9999");
        refused(postEvent(event().replace("{\"edtf\":\"" + year + "-05-01\"}", "{\"edtf\":\"0000\"}")), "date", "0001 to 9999");
        refused(postEvent(event().replace("{\"edtf\":\"" + year + "-05-01\"}",
                "{\"start\":\"+999999999-12-31\",\"precision\":\"day\"}")), "date.start", "0001 to 9999");
        // the first and the last days the API holds come back as they were written
        for (String day : List.of("0001-01-01", "9999-12-31")) {
            String slug = tag + "-day-" + day.substring(0, 4);
            String path = post("/api/v1/sources", source(day).replace(tag + "-z", slug)).then().statusCode(201)
                    .body("published_on", equalTo(day)).extract().header("Location");
            given().get(path).then().statusCode(200).body("published_on", equalTo(day));
        }
    }

    @Test
    void writesNeedTheDocumentedContentType() throws Exception {
        for (String type : List.of("application/json; charset=ebcdic", "application/json;charset=latin1",
                "application/json; charset=ISO-8859-1", "*/*", "text/plain", "application/xml")) {
            unsupported(send("POST", "/api/v1/sources", type, source(null)));
            unsupported(send("POST", "/api/v1/events", type, event()));
        }
        unsupported(send("POST", "/api/v1/sources", null, source(null)));
        unsupported(send("POST", "/api/v1/events", null, event()));
        String actor = "/api/v1/actors/" + tag + "-force";
        unsupported(send("PATCH", actor, "application/merge-patch+json; charset=ebcdic", "{\"name\":\"X\"}"));
        unsupported(send("POST", "/api/v1/imports?format=ucdp-ged", "text/csv; charset=ebcdic", "id\n1\n"));
        unsupported(send("POST", "/api/v1/imports", "application/x-ndjson; charset=utf-16", "{}\n"));
        unsupported(send("POST", "/api/v1/imports", null, "{}\n"));

        assertThat(send("POST", "/api/v1/sources", "application/json; charset=UTF-8", source(null).replace(tag + "-z", tag + "-utf8"))
                .statusCode(), equalTo(201));
        assertThat(send("POST", "/api/v1/sources", "application/json; charset=\"utf-8\"",
                source(null).replace(tag + "-z", tag + "-quoted")).statusCode(), equalTo(201));
        assertThat(send("POST", "/api/v1/sources", "Application/JSON", source(null).replace(tag + "-z", tag + "-upper"))
                .statusCode(), equalTo(201));
        editor().header("If-Match", given().get(actor).header("ETag"))
                .contentType("application/merge-patch+json; charset=utf-8").body("{\"name\":\"Renamed\"}").patch(actor)
                .then().statusCode(200);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        StringBuilder claims = new StringBuilder();
        String claim = "{\"measure\":\"killed\",\"group\":\"civilians\",\"min\":4,\"max\":4,\"qualifier\":\"exactly\","
                + "\"attributed_to\":\"" + tag + "-force\",\"source\":\"" + tag + "-report\",\"verification\":\"unverified\"},";
        while (claims.length() < 6_000_000) {
            claims.append(claim);
        }
        String body = event().replace("\"claims\":[", "\"claims\":[" + claims);
        Map<String, Long> before = StoredRows.count(dataSource);
        Response answer = editor().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/events");
        answer.then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("2 MiB"));
        assertThat(StoredRows.count(dataSource), equalTo(before));

        // a body of no declared length (chunked) would be read whole before its size was known
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/events"))
                .header("Authorization", "Bearer " + Tokens.editor()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(event().getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.body(), refused.statusCode(), equalTo(411));
        assertThat(refused.headers().firstValue("Content-Type").orElse(""), equalTo("application/problem+json"));
        assertThat(StoredRows.count(dataSource), equalTo(before));
    }

    /** A 4xx problem+json naming the field, in the API's words, that stored nothing. */
    private void refused(Response answer, String field, String message) {
        answer.then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(containsString(message)));
        String text = answer.asString();
        JAVA_WORDS.forEach(word -> assertThat(text, not(containsString(word))));
    }

    /** A 415 problem+json saying which types the operation reads; nothing stored. */
    private void unsupported(HttpResponse<String> answer) {
        assertThat(answer.body(), answer.statusCode(), equalTo(415));
        assertThat(answer.headers().firstValue("Content-Type").orElse(""), equalTo("application/problem+json"));
        assertThat(answer.body(), containsString("application/"));
    }

    /**
     * The request exactly as written, with no Content-Type when the type is null: RestAssured adds
     * one, and its own charset, and cannot send a charset Java does not know.
     */
    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        Map<String, Long> before = StoredRows.count(dataSource);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + Tokens.editor())
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (path.startsWith("/api/v1/actors/")) {
            request.header("If-Match", given().get(path).header("ETag"));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 400) {
            assertThat(StoredRows.count(dataSource), equalTo(before));
        }
        return answer;
    }

    private Response postEvent(String body) {
        Map<String, Long> before = StoredRows.count(dataSource);
        Response answer = post("/api/v1/events", body);
        assertThat(StoredRows.count(dataSource), equalTo(before));
        return answer;
    }

    private Response post(String path, String body) {
        Map<String, Long> before = StoredRows.count(dataSource);
        Response answer = editor().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post(path);
        if (answer.statusCode() >= 400) {
            assertThat(StoredRows.count(dataSource), equalTo(before));
        }
        return answer;
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(Tokens.editor());
    }

    /** A valid event body of the test's year, written out so that tests can break it character by character. */
    private String event() {
        return "{\"type\":\"shelling\",\"title\":\"Strict\",\"status\":\"occurred\",\"date\":{\"edtf\":\"" + year + "-05-01\"},"
                + "\"location\":\"" + tag + "-town\",\"actors\":[{\"actor\":\"" + tag + "-force\",\"role\":\"perpetrator\"}],"
                + "\"claims\":[{\"measure\":\"killed\",\"group\":\"civilians\",\"min\":4,\"max\":4,\"qualifier\":\"exactly\","
                + "\"attributed_to\":\"" + tag + "-force\",\"source\":\"" + tag + "-report\",\"verification\":\"unverified\"}],"
                + "\"sources\":[{\"source\":\"" + tag + "-report\"}]}";
    }

    private String source(String publishedOn) {
        return "{\"slug\":\"" + tag + "-z\",\"kind\":\"news_article\",\"publisher\":\"P\",\"title\":\"T\""
                + (publishedOn == null ? "" : ",\"published_on\":\"" + publishedOn + "\"") + "}";
    }
}
