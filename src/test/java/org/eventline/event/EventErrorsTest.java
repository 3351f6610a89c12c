package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every bad input is a 400 problem+json that names the parameter; unknown ids are 404; nothing is a 500. */
@QuarkusTest
class EventErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "from=2016-02-30                 | from        | February 2016 has 29 days",
        "to=2016-13                      | to          | 2016-13",
        "from=14-10-2016                 | from        | YYYY",
        "from=2016-10-15&to=2016-10-14   | from        | after",
        "limit=0                         | limit       | 1 to 500",
        "limit=501                       | limit       | 1 to 500",
        "limit=ten                       | limit       | 1 to 500",
        "cursor=not-a-cursor             | cursor      | not a cursor",
        "cursor=YzEfZGF0ZR9kZWFkYmVlZh8yMDE2LTEwLTE0HzZmMWMxZjhlLTExMTEtNGE0YS05ZDlkLTAwMDAwMDAwMDAwMA | cursor | different query",
        "type=carpet_bombing             | type        | air_strike",
        "status=rumoured                 | status      | occurred",
        "sort=relevance                  | sort        | -date",
        "date_match=near                 | date_match  | overlaps",
        "actor_role=villain              | actor_role  | perpetrator",
        "bbox=1,2,3                      | bbox        | four numbers",
        "bbox=a,2,3,4                    | bbox        | not a number",
        "bbox=0,50,10,40                 | bbox        | min_lat",
        "bbox=0,0,200,10                 | bbox        | longitudes",
        "actor=nobody-at-all             | actor       | nobody-at-all",
        "location=atlantis               | location    | atlantis",
        "updated_since=yesterday         | updated_since | 2016-10-14T08:49:49Z",
        "count=yes                       | count       | true or false",
        "format=xml                      | format      | geojson",
        "form=2016                       | form        | unknown parameter",
        "limit=5&limit=6                 | limit       | once",
        "q=                              | q           | empty",
    })
    void answersABadParameterWithAProblemNamingIt(String query, String parameter, String hint) {
        problem(given().get("/api/v1/events?" + query), 400)
                .body("type", is("urn:eventline:problem:invalid-parameter"))
                .body("errors.parameter", hasItem(parameter))
                .body("errors.find { it.parameter == '" + parameter + "' }.message", containsString(hint));
    }

    @Test
    void listsEveryBadParameterAtOnce() {
        problem(given().get("/api/v1/events?from=2016-02-30&limit=0&type=nope"), 400)
                .body("errors.size()", is(3))
                .body("detail", containsString("3 problems"));
    }

    @Test
    void refusesVeryLongParametersCleanly() {
        String longText = "a".repeat(600);
        problem(given().get("/api/v1/events?q=" + longText), 400)
                .body("errors[0].parameter", is("q"))
                .body("errors[0].message", containsString("longer than"));
    }

    @Test
    void refusesARequestLineTooLongToReadWithA414() {
        given().get("/api/v1/events?q=" + "a".repeat(10_000)).then().statusCode(414);
    }

    @Test
    void answersUnknownIdsWith404Problems() {
        problem(given().get("/api/v1/events/6f1c1f8e-1111-4a4a-9d9d-000000000000"), 404)
                .body("detail", containsString("No event"));
        problem(given().get("/api/v1/events/not-a-uuid"), 404);
        problem(given().get("/api/v1/actors/no-such-actor"), 404);
        problem(given().get("/api/v1/locations/no-such-place/events"), 404);
        problem(given().get("/api/v1/no-such-collection"), 404);
    }

    @Test
    void answersAnUnsupportedMethodWithA405Problem() {
        problem(given().delete("/api/v1/event-types"), 405);
    }

    @Test
    void answersAnUnacceptableFormatWithA406Problem() {
        problem(given().accept("application/xml").get("/api/v1/events"), 406);
    }

    @Test
    void refusesQueryParametersOnEndpointsThatTakeNone() {
        problem(given().get("/api/v1/event-types?limit=5"), 400).body("errors[0].parameter", is("limit"));
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("detail", allOf(not(containsString("Exception")), not(containsString("org.")), not(containsString("java."))));
    }
}
