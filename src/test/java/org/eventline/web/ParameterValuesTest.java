package org.eventline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.eventline.support.Tokens;

/**
 * Parameter values a hostile or careless client sends (control characters, numbers in other
 * notations, years no calendar here holds) are a 400 naming the parameter, never a 500 and never
 * silently read as something else. URLs are sent exactly as written (already percent-encoded).
 */
@QuarkusTest
class ParameterValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/events?q=a%00b                          | q",
        "/api/v1/events?actor=a%00b                      | actor",
        "/api/v1/events?location=a%00b                   | location",
        "/api/v1/events?type=a%00b                       | type",
        "/api/v1/events?from=2016%00                     | from",
        "/api/v1/events?cursor=a%00b                     | cursor",
        "/api/v1/actors?q=a%00b                          | q",
        "/api/v1/locations?within=a%00b                  | within",
        "/api/v1/locations?q=a%00b                       | q",
        "/api/v1/sources?q=a%00b                         | q",
        "/api/v1/changes?cursor=a%00b                    | cursor",
        "/api/v1/stats/timeline?q=a%00b                  | q",
        "/api/v1/actors/a%00b                            | id_or_slug",
        "/api/v1/actors/a%00b/events                     | id_or_slug",
        "/api/v1/locations/a%00b                         | id_or_slug",
        "/api/v1/locations/a%00b/events                  | id_or_slug",
        "/api/v1/sources/a%00b                           | id_or_slug",
        "/api/v1/events/a%00b                            | id",
        "/api/v1/events/a%00b/history                    | id",
    })
    void refusesANulCharacterInAnyParameter(String url, String parameter) {
        invalidParameter(url, parameter, "control character");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%01", "%09", "%0A", "%0D", "%1F", "%7F", "%C2%85"})
    void refusesEveryControlCharacter(String character) {
        invalidParameter("/api/v1/events?q=a" + character + "b", "q", "control character");
        invalidParameter("/api/v1/actors/a" + character + "b", "id_or_slug", "control character");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/actors/a%00b", "/api/v1/locations/a%00b", "/api/v1/sources/a%00b"})
    void refusesANulCharacterInTheSlugOfAWrite(String url) {
        problem(given().urlEncodingEnabled(false).header("Authorization", Tokens.bearer(Tokens.admin()))
                .header("If-Match", "\"x\"").delete(url), 400)
                .body("errors.parameter", hasItem("id_or_slug"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/events?limit=%2B5                       | limit   | 1 to 500",
        "/api/v1/events?limit=%EF%BC%95                  | limit   | 1 to 500",
        "/api/v1/events?limit=-5                         | limit   | 1 to 500",
        "/api/v1/events?limit=5.0                        | limit   | 1 to 500",
        "/api/v1/actors?limit=%D9%A5                     | limit   | 1 to 500",
        "/api/v1/changes?limit=%2B5                      | limit   | 1 to 500",
        "/api/v1/events?bbox=%2B36,35,38,37              | bbox    | not a number",
        "/api/v1/events?bbox=36,35,38,37d                | bbox    | not a number",
        "/api/v1/events?bbox=0x1p5,35,38,37              | bbox    | not a number",
        "/api/v1/events?bbox=3.6e1,35,38,37              | bbox    | not a number",
        "/api/v1/events?bbox=%EF%BC%93,35,38,37          | bbox    | not a number",
    })
    void readsNumbersOnlyInTheirDocumentedNotation(String url, String parameter, String hint) {
        invalidParameter(url, parameter, hint);
    }

    // a '+' in a query is a space: limit=+5 is " 5"; typed values are read as sent, never trimmed or re-cased
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/events?limit=+5                         | limit   | 1 to 500",
        "/api/v1/events?limit=5%20                       | limit   | 1 to 500",
        "/api/v1/events?status=occurred%20               | status  | unknown value",
        "/api/v1/events?status=occurred,%20ongoing       | status  | unknown value",
        "/api/v1/events?count=true%20                    | count   | true or false",
        "/api/v1/events?format=json%20                   | format  | unknown format",
        "/api/v1/events?format=JSON                      | format  | unknown format",
        "/api/v1/actors?kind=state%20                    | kind    | unknown value",
    })
    void readsTypedValuesExactlyAsSent(String url, String parameter, String hint) {
        invalidParameter(url, parameter, hint);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/events?q=%20aleppo%20", "/api/v1/actors?q=+lavrov+"})
    void dropsTheSpacesAroundASearch(String url) {
        given().urlEncodingEnabled(false).get(url).then().statusCode(200).body("items", not(empty()));
    }

    @Test
    void refusesAnIfNoneMatchLongerThanAnyTagTheApiWrites() {
        problem(given().header("If-None-Match", "\"" + "a".repeat(ETags.MAX_CONDITION_LENGTH) + "\"").get("/api/v1/events"), 400)
                .body("errors.parameter", hasItem("If-None-Match"));
    }

    // Quarkus REST decodes a path segment holding a matrix part (;) twice: %25 (a literal %) then failed, a 500
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/actors/%25'%20;select%20pg_sleep(20);--   | id_or_slug",
        "/api/v1/events/%25'%20;x/history                  | id",
    })
    void answersAPathThatDecodesToAPercentSignAsAProblem(String url, String parameter) {
        invalidParameter(url, parameter, "percent-encoding");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=007", "bbox=36.5,35.25,38,37", "bbox=-180,-90.0,180,90", "bbox=170,-10,-170,10"})
    void stillReadsNumbersInTheirDocumentedNotation(String query) {
        given().urlEncodingEnabled(false).get("/api/v1/events?" + query).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/events?from=0000                             | from",
        "/api/v1/events?to=0000-01-01                         | to",
        "/api/v1/events?from=0000-12                          | from",
        "/api/v1/events?updated_since=0000-01-01              | updated_since",
        "/api/v1/events?updated_since=0000-06-01T00:00:00Z    | updated_since",
        "/api/v1/events?updated_since=%2B10000-01-01T00:00:00Z | updated_since",
        "/api/v1/events?updated_since=%2B999999999-12-31T00:00:00Z | updated_since",
        "/api/v1/changes?since=-0001-01-01T00:00:00Z          | since",
        "/api/v1/stats/timeline?from=0000                     | from",
    })
    void refusesYearsOutsideTheCalendarTheApiHolds(String url, String parameter) {
        invalidParameter(url, parameter, "0001 to 9999");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from=0001", "to=9999-12-31", "updated_since=0001-01-01", "updated_since=9999-12-31T23:59:59Z"})
    void readsTheFirstAndLastYearsTheApiHolds(String query) {
        given().urlEncodingEnabled(false).get("/api/v1/events?" + query).then().statusCode(200);
    }

    private static void invalidParameter(String url, String parameter, String hint) {
        problem(given().urlEncodingEnabled(false).get(url), 400)
                .body("type", is("urn:eventline:problem:invalid-parameter"))
                .body("errors.parameter", hasItem(parameter))
                .body("errors.find { it.parameter == '" + parameter + "' }.message", containsString(hint));
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("detail", allOf(not(containsString("Exception")), not(containsString("java."))));
    }
}
