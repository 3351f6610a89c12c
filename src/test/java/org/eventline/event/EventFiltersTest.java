package org.eventline.event;

import static org.eventline.support.Api.events;
import static org.eventline.support.Api.titles;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every filter of GET /events against the curated Aleppo dataset (which lies in 2011-2016). */
@QuarkusTest
class EventFiltersTest {

    private static final String CURATED = "from=2011&to=2016";
    private static final String LAUSANNE_TALKS = "US–Russia talks on Syria planned in Lausanne";
    private static final String HOSPITAL_BURNING = "Aleppo’s largest remaining civilian hospital on fire after reported phosphorus strike";
    private static final String CIVIL_WAR = "Syrian civil war";
    private static final String OFFER = "Russia offers rebels safe exit from east Aleppo";

    @Test
    void overlapsIsTheDefaultAndIncludesOngoingEventsThatBeganEarlier() {
        List<String> onTheDayOfTheTalks = titles("from=2016-10-15&to=2016-10-15");
        assertThat(onTheDayOfTheTalks, hasItems(LAUSANNE_TALKS, CIVIL_WAR));
        assertThat(onTheDayOfTheTalks, not(hasItem(OFFER)));
        assertEquals(onTheDayOfTheTalks, titles("from=2016-10-15&to=2016-10-15&date_match=overlaps"));
    }

    @Test
    void withinKeepsOnlyEnvelopesInsideThePeriod() {
        List<Map<String, Object>> october = events("from=2016-10&to=2016-10&date_match=within");
        assertThat(titles("from=2016-10&to=2016-10&date_match=within"), hasItems(OFFER, LAUSANNE_TALKS, HOSPITAL_BURNING));
        for (Map<String, Object> event : october) {
            Map<?, ?> date = (Map<?, ?>) event.get("date");
            assertTrue(LocalDate.parse((String) date.get("start")).isAfter(LocalDate.of(2016, 9, 30)));
            assertTrue(LocalDate.parse((String) date.get("end")).isBefore(LocalDate.of(2016, 11, 1)));
        }
        assertThat(titles("from=2016-10&to=2016-10&date_match=within"), not(hasItem(CIVIL_WAR)));
    }

    @Test
    void aMonthOrAYearBoundIsInclusiveOfTheWholeMonthOrYear() {
        assertThat(titles("from=2016-10-15&to=2016-10"), hasItem(LAUSANNE_TALKS));
        assertThat(titles("from=2016-10-15&to=2016-10-14".replace("2016-10-14", "2016")), hasItem(LAUSANNE_TALKS));
        assertThat(titles("from=2016-10-16&to=2016-10"), not(hasItem(LAUSANNE_TALKS)));
    }

    @Test
    void anOpenEndedEventOverlapsEveryLaterPeriod() {
        List<Map<String, Object>> in2030 = events("from=2030&to=2030");
        assertThat(in2030.stream().map(e -> e.get("title")).toList(), hasItem(CIVIL_WAR));
        for (Map<String, Object> event : in2030) {
            assertThat(((Map<?, ?>) event.get("date")).get("end"), nullValue());
        }
    }

    @Test
    void fromAloneAndToAloneAreOpenRanges() {
        assertThat(titles("to=2011"), containsInAnyOrder(CIVIL_WAR,
                "International efforts fail to produce a political settlement for Syria"));
        assertThat(titles("from=2016-10-15&to=2099"), hasItem(LAUSANNE_TALKS));
    }

    @Test
    void typeAcceptsTypesAndCategoriesRepeatedOrCommaSeparated() {
        List<String> talks = titles(CURATED + "&type=talks");
        assertThat(talks, hasItem(LAUSANNE_TALKS));
        assertTypes(CURATED + "&type=talks", List.of("talks"));
        assertTypes(CURATED + "&type=talks&type=offer", List.of("talks", "offer"));
        assertEquals(titles(CURATED + "&type=talks&type=offer"), titles(CURATED + "&type=talks,offer"));
        assertTypes(CURATED + "&type=diplomacy", List.of("talks", "offer", "diplomatic_pressure"));
        assertThat(titles(CURATED + "&type=diplomacy"), hasItems(OFFER, LAUSANNE_TALKS));
    }

    @Test
    void actorMatchesBySlugOrIdAndActorRoleNarrowsToARole() {
        List<String> lavrov = titles("actor=sergey-lavrov");
        assertThat(lavrov, hasItem(LAUSANNE_TALKS));
        String lavrovId = io.restassured.RestAssured.given().get("/api/v1/actors/sergey-lavrov").then().extract().path("id");
        assertEquals(lavrov, titles("actor=" + lavrovId));
        for (Map<String, Object> event : events("actor=russia&actor_role=initiator")) {
            assertTrue(((List<?>) event.get("actors")).stream().map(a -> (Map<?, ?>) a)
                    .anyMatch(a -> a.get("slug").equals("russia") && a.get("role").equals("initiator")));
        }
        assertThat(titles("actor=russia&actor_role=initiator"), hasItem(OFFER));
        List<String> eitherActor = titles("actor=sergey-lavrov&actor=john-kerry");
        assertTrue(eitherActor.containsAll(lavrov));
    }

    @Test
    void locationIncludesEverythingInsideThePlace() {
        List<String> atTheHospital = titles("location=sakhour-hospital");
        assertThat(atTheHospital, hasItem(HOSPITAL_BURNING));
        List<String> inEastAleppo = titles("location=east-aleppo");
        List<String> inAleppo = titles("location=aleppo");
        List<String> inSyria = titles("location=syria");
        assertTrue(inEastAleppo.containsAll(atTheHospital), "the hospital is inside east Aleppo");
        assertTrue(inAleppo.containsAll(inEastAleppo), "east Aleppo is inside Aleppo");
        assertTrue(inSyria.containsAll(inAleppo), "Aleppo is inside Syria");
        assertThat(inAleppo, not(hasItem(LAUSANNE_TALKS)));
    }

    @Test
    void bboxKeepsEventsWhosePrimaryPlaceIsInsideTheBox() {
        List<Map<String, Object>> aroundAleppo = events("bbox=36.9,36.0,37.4,36.4");
        assertThat(aroundAleppo.stream().map(e -> e.get("title")).toList(), hasItem(HOSPITAL_BURNING));
        for (Map<String, Object> event : aroundAleppo) {
            Map<?, ?> point = (Map<?, ?>) ((Map<?, ?>) event.get("location")).get("point");
            double lon = ((Number) point.get("lon")).doubleValue();
            double lat = ((Number) point.get("lat")).doubleValue();
            assertTrue(lon >= 36.9 && lon <= 37.4 && lat >= 36.0 && lat <= 36.4);
        }
        assertThat(titles("bbox=6.0,46.0,7.0,47.0"), is(List.of(LAUSANNE_TALKS)));
        assertThat(titles("bbox=170,-10,-170,10"), empty());
    }

    @Test
    void qSearchesTextQuotesClaimsAndTheNamesOfActorsAndPlacesWithoutReordering() {
        assertThat(titles("q=hospital"), hasItem(HOSPITAL_BURNING));
        assertThat(titles("q=springboard"), hasItem("Assad vows to retake Aleppo in Russian newspaper interview"));
        assertThat(titles("q=\"White Helmets\""), hasItem(HOSPITAL_BURNING));
        assertThat(titles("q=Lausanne"), hasItem(LAUSANNE_TALKS));
        assertThat(titles("q=besieged"), hasItem("More than 275,000 people under siege in east Aleppo"));
        List<String> inOrder = titles("q=aleppo");
        assertEquals(titles("").stream().filter(inOrder::contains).toList(), inOrder, "chronological, not by relevance");
        assertThat(titles("q=zzzznotaword"), empty());
    }

    @Test
    void statusFiltersByOneOrSeveralStatuses() {
        assertThat(titles("status=planned"), is(List.of(LAUSANNE_TALKS)));
        for (Map<String, Object> event : events("status=ongoing,planned")) {
            assertTrue(List.of("ongoing", "planned").contains(event.get("status")));
        }
    }

    @Test
    void updatedSinceKeepsEventsChangedAtOrAfterTheInstant() {
        assertThat(titles("updated_since=2016-10-14T00:00:00Z"), hasItem(LAUSANNE_TALKS));
        assertThat(titles("updated_since=" + Instant.now().plusSeconds(3600)), empty());
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(titles("location=aleppo&type=attack_on_medical_facility&from=2016-10-14&to=2016-10-14"),
                is(List.of(HOSPITAL_BURNING)));
    }

    @Test
    void sortDateIsChronologicalAndMinusDateReversesIt() {
        List<Map<String, Object>> chronological = events(CURATED);
        List<String> starts = chronological.stream().map(e -> (String) ((Map<?, ?>) e.get("date")).get("start")).toList();
        List<String> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        assertEquals(sorted, starts);
        List<String> reversed = new ArrayList<>(titles(CURATED + "&sort=date"));
        Collections.reverse(reversed);
        assertEquals(reversed, titles(CURATED + "&sort=-date"));
    }

    @Test
    void countAddsTheTotalOfAllPages() {
        int all = events(CURATED).size();
        io.restassured.RestAssured.given().get("/api/v1/events?" + CURATED + "&limit=2&count=true")
                .then().statusCode(200)
                .body("total", is(all))
                .body("items.size()", is(2));
        io.restassured.RestAssured.given().get("/api/v1/events?" + CURATED + "&limit=2")
                .then().body("$", not(org.hamcrest.Matchers.hasKey("total")));
    }

    @Test
    void everyReturnedEventCarriesTheFieldsOfTheContract() {
        for (Map<String, Object> event : events(CURATED)) {
            assertThat(event.keySet(), hasItems("id", "type", "category", "title", "summary", "status", "date",
                    "location", "locations", "actors", "claims", "quotes", "sources", "related", "created_at", "updated_at"));
            @SuppressWarnings("unchecked")
            Map<String, Object> date = (Map<String, Object>) event.get("date");
            assertThat(date.keySet(), hasItems("start", "end", "precision", "approximate", "edtf", "label"));
        }
    }

    private static void assertTypes(String query, List<String> allowed) {
        for (Map<String, Object> event : events(query)) {
            assertTrue(allowed.contains(event.get("type")), event.get("type") + " not in " + allowed);
        }
    }
}
