package org.eventline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.eventline.dataset.DatasetImporter;
import org.eventline.support.TestEvents;

/** ETags with 304, cache headers, and CORS for reads. */
@QuarkusTest
class ConditionalGetTest {

    @Inject
    DatasetImporter importer;

    @Test
    void everyReadCarriesAnETagThatAnswers304WhenSentBack() {
        for (String path : new String[] {"/api/v1/events?location=aleppo", "/api/v1/events/fe33475e-d42c-4ca3-b45c-02cf9e2bcedb",
                "/api/v1/actors", "/api/v1/actors/sergey-lavrov", "/api/v1/locations/aleppo", "/api/v1/sources",
                "/api/v1/event-types", "/api/v1/stats/timeline?interval=year&from=2011&to=2016"}) {
            String etag = given().get(path).then().statusCode(200)
                    .header("ETag", notNullValue())
                    .header("Cache-Control", containsString("max-age"))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
        }
    }

    @Test
    void theETagChangesWhenTheDataChangesAndWithTheRepresentation() {
        String path = "/api/v1/events?from=2016-10-14&to=2016-10-14";
        String before = given().get(path).then().extract().header("ETag");
        assertNotEquals(before, given().accept("text/csv").get(path).then().extract().header("ETag"), "CSV is another representation");
        assertNotEquals(before, given().get(path + "&limit=3").then().extract().header("ETag"));

        importer.importDocument(TestEvents.batch(TestEvents.freshYear(), 1));

        String after = given().get(path).then().extract().header("ETag");
        assertNotEquals(before, after);
        given().header("If-None-Match", before).get(path).then().statusCode(200);
    }

    @Test
    void aStaleOrUnknownETagGetsTheFullAnswer() {
        given().header("If-None-Match", "W/\"nope\"").get("/api/v1/actors").then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void readsAreOpenToAnyOriginByDefault() {
        given().header("Origin", "https://newsroom.example").get("/api/v1/events?limit=1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("https://newsroom.example"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void preflightAllowsGetWithConditionalHeaders() {
        var response = given().header("Origin", "https://newsroom.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .options("/api/v1/events").then().statusCode(200).extract();
        assertEquals("https://newsroom.example", response.header("Access-Control-Allow-Origin"));
        org.hamcrest.MatcherAssert.assertThat(response.header("Access-Control-Allow-Methods"), containsString("GET"));
    }
}
