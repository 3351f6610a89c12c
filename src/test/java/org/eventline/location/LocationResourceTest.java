package org.eventline.location;

import static io.restassured.RestAssured.given;
import static org.eventline.support.Api.titles;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.eventline.support.Api;

/** GET /locations and /locations/{id_or_slug}, against the curated Aleppo places. */
@QuarkusTest
class LocationResourceTest {

    private static final String HOSPITAL_BURNING = "Aleppo’s largest remaining civilian hospital on fire after reported phosphorus strike";
    private static final String LAUSANNE_TALKS = "US–Russia talks on Syria planned in Lausanne";
    private static final Set<String> CURATED_PLACES = Set.of("syria", "aleppo-governorate", "aleppo", "east-aleppo",
            "west-aleppo", "aleppo-northern-edge", "aleppo-southern-edge", "sakhour-hospital", "syria-turkey-border-region",
            "turkey", "switzerland", "lausanne", "armenia", "yerevan");

    @Test
    void detailShowsTheParentAndTheChainOfContainingPlacesNearestFirst() {
        given().get("/api/v1/locations/sakhour-hospital")
                .then().statusCode(200)
                .body("slug", is("sakhour-hospital"))
                .body("name", is("Sakhour hospital"))
                .body("kind", is("facility"))
                .body("parent.slug", is("east-aleppo"))
                .body("parent_chain.slug", is(List.of("east-aleppo", "aleppo", "aleppo-governorate", "syria")))
                .body("parent_chain[0].name", is("East Aleppo"))
                .body("parent_chain[3].kind", is("country"))
                .body("children", empty());
        given().get("/api/v1/locations/syria")
                .then().statusCode(200)
                .body("$", not(hasKey("parent")))
                .body("parent_chain", empty());
    }

    @Test
    void detailListsThePlacesDirectlyInside() {
        given().get("/api/v1/locations/aleppo")
                .then().statusCode(200)
                .body("children.slug", hasItems("east-aleppo", "west-aleppo", "aleppo-northern-edge", "aleppo-southern-edge"))
                .body("children.slug", not(hasItem("sakhour-hospital")))
                .body("children.slug", not(hasItem("aleppo")));
        given().get("/api/v1/locations/east-aleppo")
                .then().statusCode(200)
                .body("children.slug", is(List.of("sakhour-hospital")));
    }

    @Test
    void detailIsTheSameBySlugAndById() {
        String bySlug = given().get("/api/v1/locations/east-aleppo").then().statusCode(200).extract().asString();
        String id = given().get("/api/v1/locations/east-aleppo").then().extract().path("id");
        assertEquals(bySlug, given().get("/api/v1/locations/" + id).then().statusCode(200).extract().asString());
    }

    @Test
    void withinListsPlacesStrictlyInsideAtAnyDepth() {
        List<String> inAleppo = Api.slugs("/api/v1/locations", "within=aleppo");
        assertThat(inAleppo, hasItems("east-aleppo", "west-aleppo", "aleppo-northern-edge", "aleppo-southern-edge",
                "sakhour-hospital"));
        assertThat(inAleppo, not(hasItem("aleppo")));
        assertThat(inAleppo, not(hasItem("aleppo-governorate")));
        assertThat(inAleppo, not(hasItem("lausanne")));
        for (String slug : inAleppo) {
            List<String> chain = given().get("/api/v1/locations/" + slug).then().statusCode(200)
                    .extract().jsonPath().getList("parent_chain.slug");
            assertThat(slug + " is inside Aleppo", chain, hasItem("aleppo"));
        }
        List<String> inSyria = Api.slugs("/api/v1/locations", "within=syria");
        assertThat(inSyria, hasItems("aleppo-governorate", "aleppo", "east-aleppo", "sakhour-hospital",
                "syria-turkey-border-region"));
        assertThat(inSyria, not(hasItems("syria")));
        assertThat(inSyria, not(hasItem("lausanne")));
        assertThat(inSyria, not(hasItem("turkey")));
        assertEquals(List.of("lausanne"), Api.slugs("/api/v1/locations", "within=switzerland"));
        assertThat(Api.slugs("/api/v1/locations", "within=sakhour-hospital"), empty());
        String aleppoId = given().get("/api/v1/locations/aleppo").then().extract().path("id");
        assertEquals(inAleppo, Api.slugs("/api/v1/locations", "within=" + aleppoId));
    }

    @Test
    void kindKeepsOnlyPlacesOfThatKind() {
        List<Map<String, Object>> cities = Api.items("/api/v1/locations", "kind=city");
        assertThat(cities.stream().map(l -> l.get("slug")).toList(), hasItems("aleppo", "lausanne", "yerevan"));
        for (Map<String, Object> city : cities) {
            assertEquals("city", city.get("kind"));
        }
        assertThat(Api.slugs("/api/v1/locations", "kind=district&within=aleppo"), is(List.of("east-aleppo", "west-aleppo")));
        assertThat(Api.slugs("/api/v1/locations", "kind=country"), hasItems("syria", "turkey", "switzerland", "armenia"));
        assertThat(Api.slugs("/api/v1/locations", "kind=country"), not(hasItem("aleppo")));
    }

    @Test
    void qMatchesNamesAndAliasesInAnyCase() {
        assertThat(Api.slugs("/api/v1/locations", "q=halab"), hasItems("aleppo", "aleppo-governorate"));
        assertThat(Api.slugs("/api/v1/locations", "q=SAKHUR"), is(List.of("sakhour-hospital")));
        assertThat(Api.slugs("/api/v1/locations", "q=rebel-held"), hasItem("east-aleppo"));
        assertThat(Api.slugs("/api/v1/locations", "q=lausanne"), is(List.of("lausanne")));
        assertThat(Api.slugs("/api/v1/locations", "q=aleppo&within=aleppo"), not(hasItem("aleppo")));
        assertThat(Api.slugs("/api/v1/locations", "q=zzzznotaplace"), empty());
        assertThat(Api.slugs("/api/v1/locations", "q=%25"), empty());
    }

    @Test
    void everyPlaceHasAPointAndWhatThePointStandsFor() {
        assertTrue(Api.slugs("/api/v1/locations", "").containsAll(CURATED_PLACES));
        for (Map<String, Object> location : Api.items("/api/v1/locations", "")) {
            if (CURATED_PLACES.contains((String) location.get("slug"))) {
                assertNotNull(location.get("point"), location.get("slug") + " has a point");
                assertNotNull(location.get("location_precision"), location.get("slug") + " has a location precision");
            }
        }
        for (Map<String, Object> city : Api.items("/api/v1/locations", "kind=city")) {
            if (CURATED_PLACES.contains((String) city.get("slug"))) {
                assertEquals("town", city.get("location_precision"), "a city's point is its centroid");
                assertNotEquals("exact", city.get("location_precision"));
            }
        }
        given().get("/api/v1/locations/aleppo")
                .then().statusCode(200)
                .body("point.lon", is(37.1612f))
                .body("point.lat", is(36.2012f))
                .body("location_precision", is("town"));
        given().get("/api/v1/locations/sakhour-hospital")
                .then().statusCode(200)
                .body("parent_chain[0].point.lon", notNullValue())
                .body("parent_chain.location_precision", is(List.of("district", "town", "region", "country")));
    }

    @Test
    void listPagingReturnsEachPlaceOnceInSlugOrder() {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            var response = given().get("/api/v1/locations?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            JsonPath page = response.then().statusCode(200).extract().jsonPath();
            slugs.addAll(page.getList("items.slug"));
            cursor = page.getString("next_cursor");
            assertEquals(cursor != null, response.getHeader("Link") != null, "Link rel=next exactly when there is a next page");
        } while (cursor != null);
        assertEquals(new HashSet<>(slugs).size(), slugs.size());
        assertEquals(slugs.stream().sorted().toList(), slugs);
        assertEquals(Api.slugs("/api/v1/locations", ""), slugs);
        given().get("/api/v1/locations?within=aleppo&count=true&limit=1")
                .then().statusCode(200)
                .body("total", is(Api.slugs("/api/v1/locations", "within=aleppo").size()))
                .body("items.size()", is(1));
    }

    @Test
    void theEventsOfAPlaceAreTheEventsFilteredByThatPlaceIncludingThoseInside() {
        List<String> inEastAleppo = Api.titles("/api/v1/locations/east-aleppo/events", "");
        assertEquals(titles("location=east-aleppo"), inEastAleppo);
        List<String> atTheHospital = titles("location=sakhour-hospital");
        assertThat(atTheHospital, hasItem(HOSPITAL_BURNING));
        assertTrue(inEastAleppo.containsAll(atTheHospital), "events at the hospital are events in east Aleppo");
        assertThat(inEastAleppo, hasItem(HOSPITAL_BURNING));
        assertThat(inEastAleppo, not(hasItem(LAUSANNE_TALKS)));
        assertEquals(titles("location=aleppo&type=air_strike&from=2016-10-14&to=2016-10-14"),
                Api.titles("/api/v1/locations/aleppo/events", "type=air_strike&from=2016-10-14&to=2016-10-14"));
        String id = given().get("/api/v1/locations/east-aleppo").then().extract().path("id");
        assertEquals(inEastAleppo, Api.titles("/api/v1/locations/" + id + "/events", ""));
    }

    @Test
    void anUnknownWithinIsA400NamingTheParameter() {
        given().get("/api/v1/locations?within=atlantis")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("within"))
                .body("errors[0].message", containsString("atlantis"));
        given().get("/api/v1/locations?within=" + UUID.randomUUID())
                .then().statusCode(400)
                .body("errors[0].parameter", is("within"));
    }

    @Test
    void anUnknownKindOrParameterIsA400() {
        given().get("/api/v1/locations?kind=planet")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("kind"));
        given().get("/api/v1/locations?inside=aleppo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem("inside"));
    }

    @Test
    void anUnknownPlaceIsA404Problem() {
        String body = given().get("/api/v1/locations/atlantis")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("detail", containsString("atlantis"))
                .extract().asString();
        assertFalse(body.contains("org.eventline") || body.contains("Exception"), body);
        given().get("/api/v1/locations/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/locations/atlantis/events").then().statusCode(404).contentType("application/problem+json");
    }
}
