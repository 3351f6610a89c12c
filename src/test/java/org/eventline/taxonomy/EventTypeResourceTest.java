package org.eventline.taxonomy;

import static io.restassured.RestAssured.given;
import static org.eventline.support.Api.events;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /event-types: the taxonomy, its crosswalks to ACLED and PLOVER, and its event counts. */
@QuarkusTest
class EventTypeResourceTest {

    @Test
    void everyTypeHasACodeCategoryLabelAndDescription() {
        List<Map<String, Object>> types = types();
        assertFalse(types.isEmpty());
        Set<String> codes = new HashSet<>();
        for (Map<String, Object> type : types) {
            for (String field : List.of("code", "category", "category_label", "label", "description")) {
                Object value = type.get(field);
                assertTrue(value instanceof String text && !text.isBlank(), type.get("code") + " has a " + field);
            }
            assertTrue(type.get("count") instanceof Number, type.get("code") + " has a count");
            assertTrue(codes.add((String) type.get("code")), "codes are unique: " + type.get("code"));
        }
    }

    @Test
    void typesAreGroupedByCategory() {
        List<String> categories = types().stream().map(type -> (String) type.get("category")).toList();
        Set<String> closed = new HashSet<>();
        String current = null;
        for (String category : categories) {
            if (!category.equals(current)) {
                assertTrue(closed.add(category), "the types of " + category + " are listed together: " + categories);
                current = category;
            }
        }
    }

    @Test
    void airStrikeMapsToAcledAirDroneStrikeAndPloverAssault() {
        Map<String, Object> airStrike = type("air_strike");
        assertEquals("remote_violence", airStrike.get("category"));
        assertEquals("Air strike", airStrike.get("label"));
        Map<?, ?> acled = (Map<?, ?>) airStrike.get("acled");
        assertEquals("Explosions/Remote violence", acled.get("event_type"));
        assertEquals("Air/drone strike", acled.get("sub_event_type"));
        Map<?, ?> plover = (Map<?, ?>) airStrike.get("plover");
        assertEquals("ASSAULT", plover.get("event_type"));
    }

    @Test
    void typesWithoutAnEquivalentHaveNullMappings() {
        Map<String, Object> statement = type("statement");
        assertTrue(statement.containsKey("acled"), "the mapping is present, as null, when ACLED codes nothing of the kind");
        assertEquals(null, statement.get("acled"));
        Map<?, ?> accusation = (Map<?, ?>) type("accusation").get("plover");
        assertEquals("ACCUSE", accusation.get("event_type"));
    }

    @Test
    void countsEqualTheNumberOfEventsOfEachTypeServedByEvents() {
        for (Map<String, Object> type : types()) {
            String code = (String) type.get("code");
            int served = events("type=" + code).size();
            assertEquals(served, ((Number) type.get("count")).intValue(), "count of " + code);
        }
        assertTrue(((Number) type("air_strike").get("count")).intValue() >= 3, "the curated air strikes are counted");
    }

    @Test
    void everyTypeCodeIsAValidTypeFilter() {
        for (Map<String, Object> type : types()) {
            given().get("/api/v1/events?limit=1&type=" + type.get("code")).then().statusCode(200);
            given().get("/api/v1/events?limit=1&type=" + type.get("category")).then().statusCode(200);
        }
    }

    @Test
    void oneFinalPageHoldsTheWholeTaxonomy() {
        given().get("/api/v1/event-types")
                .then().statusCode(200)
                .body("$", hasKey("next_cursor"))
                .body("next_cursor", nullValue())
                .body("$", not(hasKey("total")))
                .header("Link", nullValue());
    }

    @Test
    void theTaxonomyCoversTheTypesTheTimelineNeeds() {
        List<String> codes = types().stream().map(type -> (String) type.get("code")).toList();
        assertThat(codes, hasItems("air_strike", "shelling", "armed_clash", "attack_on_medical_facility", "offensive", "siege",
                "statement", "interview", "offer", "talks", "accusation", "analysis"));
        for (Map<String, Object> event : events("from=2011&to=2016")) {
            assertThat(codes, hasItem((String) event.get("type")));
        }
    }

    @Test
    void anUnknownParameterIsA400() {
        given().get("/api/v1/event-types?category=diplomacy")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("category"));
    }

    private static List<Map<String, Object>> types() {
        JsonPath page = given().get("/api/v1/event-types").then().statusCode(200).extract().jsonPath();
        return new ArrayList<>(page.getList("items"));
    }

    private static Map<String, Object> type(String code) {
        Map<String, Object> type = types().stream().filter(t -> code.equals(t.get("code"))).findFirst().orElse(null);
        assertNotNull(type, "no type " + code);
        return type;
    }
}
