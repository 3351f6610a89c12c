package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;

/**
 * What a source says of its own record (V027): the point it gave the event, whether the record
 * gathers many incidents (aggregate), and its codes; written, shown, exported and filtered by.
 */
@QuarkusTest
class SourceFlagsTest {

    @Inject
    DatasetImporter importer;

    private int year;
    private String tag;

    /** Each test gets its own place (at 10, 20), actor and source in its own year. */
    @BeforeEach
    void importReferences() {
        year = TestEvents.freshYear();
        DatasetDocument document = TestEvents.batch(year, 1);
        importer.importDocument(document);
        tag = document.dataset();
    }

    @Test
    void anEventKeepsItsSourcesPointBesideItsPlacesAndIsMappedThere() {
        Map<String, Object> body = body("Own point");
        body.put("point", Map.of("lon", 10.25, "lat", 20.5, "precision", "near"));
        String id = create(body).then().statusCode(201)
                .body("point.lon", equalTo(10.25f)).body("point.lat", equalTo(20.5f)).body("point.precision", equalTo("near"))
                .body("location.point.lon", equalTo(10.0f))
                .extract().path("id");

        var geo = given().get("/api/v1/events?format=geojson&" + period()).then().statusCode(200).extract().jsonPath();
        String feature = "features.find { it.id == '" + id + "' }";
        assertThat(geo.getList(feature + ".geometry.coordinates", Float.class), equalTo(List.of(10.25f, 20.5f)));
        assertThat(geo.getString(feature + ".properties.point_precision"), equalTo("near"));
        // the place's own event is still mapped at the place
        String other = "features.find { it.id != '" + id + "' }";
        assertThat(geo.getList(other + ".geometry.coordinates", Float.class), equalTo(List.of(10.0f, 20.0f)));
        assertThat(geo.getString(other + ".properties.point_precision"), equalTo("town"));

        String csv = given().get("/api/v1/events?format=csv&" + period()).then().statusCode(200)
                .extract().asString();
        assertThat(csv, containsString(",10.25,20.5,"));
        assertThat(csv, containsString(",10,20,"));
        // bbox finds the event where the map shows it, not at its place
        assertThat(ids("bbox=10.2,20.4,10.3,20.6&" + period()), equalTo(List.of(id)));
    }

    @Test
    void aggregateAndCodesAreFiltersOfEveryEventList() {
        Map<String, Object> aggregate = body("A year's tally");
        aggregate.put("aggregate", true);
        aggregate.put("codes", List.of(code("test_conflict", tag, "Test conflict"), code("test_id", "1", null)));
        String aggregateId = create(aggregate).then().statusCode(201)
                .body("aggregate", equalTo(true))
                .body("codes.scheme", equalTo(List.of("test_conflict", "test_id")))
                .body("codes[1].label", nullValue())
                .extract().path("id");
        Map<String, Object> single = body("One incident");
        single.put("codes", List.of(code("test_conflict", tag, "Test conflict"), code("test_id", "2", null)));
        String singleId = create(single).then().statusCode(201).body("aggregate", equalTo(false)).extract().path("id");

        assertThat(ids("aggregate=true&" + period()), equalTo(List.of(aggregateId)));
        assertThat(ids("aggregate=false&code=test_conflict:" + tag + "&" + period()), equalTo(List.of(singleId)));
        assertThat(ids("code=test_conflict:" + tag + "&" + period()), hasItems(aggregateId, singleId));
        // one scheme: any of its codes; two schemes: both
        assertThat(ids("code=test_id:1,test_id:2&" + period()).size(), equalTo(2));
        assertThat(ids("code=test_id:2&code=test_conflict:" + tag + "&" + period()), equalTo(List.of(singleId)));
        assertThat(ids("code=test_id:2&code=test_conflict:other&" + period()), equalTo(List.of()));

        // the claims, the timeline and the figures inherit both filters
        given().get("/api/v1/claims?aggregate=true&" + period()).then().statusCode(200)
                .body("items.event.id", equalTo(List.of(aggregateId)));
        given().get("/api/v1/stats/timeline?interval=year&aggregate=false&code=test_conflict:" + tag + "&" + period())
                .then().statusCode(200).body("total", equalTo(1));
        given().get("/api/v1/stats/figures?measure=killed&interval=year&aggregate=true&" + period()).then().statusCode(200)
                .body("buckets[0].series[0].min_sum", equalTo(4));

        // the CSV row and the GeoJSON feature carry the key, the flag and the codes
        String csv = given().get("/api/v1/events?format=csv&aggregate=true&" + period()).then().statusCode(200).extract().asString();
        assertThat(csv, containsString(",true,town,"));
        assertThat(csv, containsString("test_conflict:" + tag + " (Test conflict); test_id:1"));
        given().get("/api/v1/events?format=geojson&aggregate=true&" + period()).then().statusCode(200)
                .body("features[0].properties.aggregate", equalTo(true))
                .body("features[0].properties.codes.code", equalTo(List.of(tag, "1")));
    }

    @Test
    void badFlagAndCodeParametersAreRefusedByName() {
        for (String endpoint : List.of("/api/v1/events", "/api/v1/claims", "/api/v1/stats/timeline?interval=year",
                "/api/v1/stats/figures?measure=killed")) {
            String join = endpoint.contains("?") ? "&" : "?";
            refused(endpoint + join + "aggregate=yes", "aggregate", "true or false");
            refused(endpoint + join + "aggregate=True", "aggregate", "true or false");
            refused(endpoint + join + "code=299", "code", "scheme:code");
        }
        refused("/api/v1/events?aggregate=", "aggregate", "empty");
        refused("/api/v1/events?code=ucdp_conflict:", "code", "scheme:code");
        refused("/api/v1/events?code=Bad-Scheme:1", "code", "scheme:code");
        refused("/api/v1/events?code=no_such_scheme:1", "code", "no_such_scheme");
    }

    @Test
    void theSourcesPointFlagAndCodesAreCheckedLikeEveryField() {
        Map<String, Object> body = body("Bad flags");
        Map<String, Object> point = new HashMap<>();
        point.put("lon", 200);
        point.put("lat", 20);
        body.put("point", point);
        body.put("codes", List.of(code("Bad Scheme", "1", null), code("test_id", "1", null), code("test_id", "1", null),
                Map.of("scheme", "test_id")));
        create(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("point.lon", "point.precision", "codes[0].scheme", "codes[2]", "codes[3].code"));

        Map<String, Object> stringFlag = body("String flag");
        stringFlag.put("aggregate", "true");
        create(stringFlag).then().statusCode(400).body("errors.field", hasItem("aggregate"));

        Map<String, Object> noLatitude = body("No latitude");
        noLatitude.put("point", Map.of("lon", 10, "precision", "exact"));
        create(noLatitude).then().statusCode(400).body("errors.field", equalTo(List.of("point.lat")));
    }

    @Test
    void aMergePatchChangesTheFlagsAndKeepsTheRest() {
        Map<String, Object> body = body("Patched flags");
        body.put("point", Map.of("lon", 10.5, "lat", 20.5, "precision", "exact"));
        body.put("codes", List.of(code("test_id", "7", "seven")));
        Response created = create(body);
        String id = created.path("id");
        given().auth().oauth2(Tokens.editor()).header("If-Match", created.header("ETag"))
                .contentType("application/merge-patch+json; charset=utf-8").body(Map.of("aggregate", true))
                .patch("/api/v1/events/" + id).then().statusCode(200)
                .body("aggregate", equalTo(true)).body("point.lon", equalTo(10.5f)).body("codes[0].label", equalTo("seven"));
        given().get("/api/v1/events/" + id + "/history").then()
                .body("items[1].changed_fields", equalTo(List.of("aggregate")));
    }

    private static void refused(String path, String parameter, String message) {
        given().get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem(parameter))
                .body("errors.message", hasItem(containsString(message)));
    }

    private String period() {
        return "from=" + year + "&to=" + year + "&date_match=within";
    }

    private static List<String> ids(String query) {
        return given().get("/api/v1/events?limit=500&" + query).then().statusCode(200).extract().path("items.id");
    }

    private static Map<String, Object> code(String scheme, String code, String label) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("scheme", scheme);
        entry.put("code", code);
        entry.put("label", label);
        return entry;
    }

    private Response create(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post("/api/v1/events");
    }

    private Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "shelling");
        body.put("title", title);
        body.put("summary", "A test write.");
        body.put("status", "occurred");
        body.put("date", Map.of("edtf", year + "-05-01"));
        body.put("location", tag + "-town");
        body.put("actors", List.of(Map.of("actor", tag + "-force", "role", "perpetrator")));
        Map<String, Object> claim = new HashMap<>();
        claim.put("measure", "killed");
        claim.put("group", "civilians");
        claim.put("min", 4);
        claim.put("max", 4);
        claim.put("qualifier", "exactly");
        claim.put("attributed_to", tag + "-force");
        claim.put("source", tag + "-report");
        claim.put("verification", "unverified");
        body.put("claims", List.of(claim));
        body.put("sources", List.of(Map.of("source", tag + "-report")));
        return body;
    }
}
