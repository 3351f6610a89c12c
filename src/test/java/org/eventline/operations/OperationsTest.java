package org.eventline.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators rely on: metrics with latency histograms and pool usage, request ids, health. */
@QuarkusTest
class OperationsTest {

    @Test
    void metricsCarryALatencyHistogramPerEndpointAndThePoolUsage() {
        given().get("/api/v1/events?limit=1").then().statusCode(200);
        given().get("/api/v1/actors/sergey-lavrov").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics,
                containsString("http_server_requests_seconds_bucket{"));
        org.hamcrest.MatcherAssert.assertThat(metrics, matchesPattern(
                "(?s).*http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/events\"[^}]*le=\"[0-9.]+\"[^}]*}.*"));
        org.hamcrest.MatcherAssert.assertThat(metrics, matchesPattern(
                "(?s).*http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/actors/\\{id_or_slug}\".*"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("agroal_active_count"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("agroal_available_count"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("agroal_awaiting_count"));
    }

    @Test
    void everyAnswerCarriesARequestIdAndKeepsASaneOneGivenByAProxy() {
        given().get("/api/v1/event-types").then()
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
        given().header(RequestIds.HEADER, "edge-1234.abc").get("/api/v1/event-types").then()
                .header(RequestIds.HEADER, is("edge-1234.abc"));
        given().header(RequestIds.HEADER, "<script>").get("/api/v1/nothing-here").then()
                .statusCode(404)
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void livenessAndReadinessAreUpWithTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void jsonAnswersAreCompressedWhenTheClientAcceptsGzip() {
        given().header("Accept-Encoding", "gzip").get("/api/v1/events?limit=20").then()
                .statusCode(200).header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip").get("/api/v1/events?format=csv").then()
                .statusCode(200).header("Content-Encoding", "gzip");
    }
}
