package org.eventline.dataset;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.eventline.support.Api;

/** The integrity of the bundled Aleppo dataset, checked as served after loading. */
@QuarkusTest
class CuratedDatasetTest {

    /** The curated events; synthetic test events live in later years and are excluded by within. */
    private static final String CURATED = "from=2011&to=2016&date_match=overlaps&sort=date";

    @Test
    void everyEventHasASourceAndAnEnvelopeThatDoesNotEndBeforeItStarts() {
        List<Map<String, Object>> events = curated();
        assertFalse(events.isEmpty());
        for (Map<String, Object> event : events) {
            assertFalse(((List<?>) event.get("sources")).isEmpty(), "no source: " + event.get("title"));
            Map<?, ?> date = (Map<?, ?>) event.get("date");
            if (date.get("end") != null) {
                assertFalse(LocalDate.parse((String) date.get("end")).isBefore(LocalDate.parse((String) date.get("start"))),
                        "envelope ends before it starts: " + event.get("title"));
            }
            assertNotNull(date.get("edtf"));
            assertNotNull(date.get("label"));
        }
    }

    @Test
    void everyClaimHasAQualifierAnAttributionAndASource() {
        for (Map<String, Object> event : curated()) {
            for (Object item : (List<?>) event.get("claims")) {
                Map<?, ?> claim = (Map<?, ?>) item;
                assertNotNull(claim.get("qualifier"), "claim without qualifier in " + event.get("title"));
                assertNotNull(claim.get("attributed_to"), "claim without attribution in " + event.get("title"));
                assertNotNull(claim.get("source"), "claim without source in " + event.get("title"));
                assertNotNull(claim.get("verification"));
            }
        }
    }

    @Test
    void everyReferencedActorPlaceAndSourceExists() {
        Set<String> actors = new HashSet<>();
        Set<String> places = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (Map<String, Object> event : curated()) {
            ((List<?>) event.get("actors")).forEach(a -> actors.add((String) ((Map<?, ?>) a).get("slug")));
            ((List<?>) event.get("locations")).forEach(l -> places.add((String) ((Map<?, ?>) l).get("slug")));
            ((List<?>) event.get("sources")).forEach(s -> sources.add((String) ((Map<?, ?>) s).get("slug")));
            for (Object item : (List<?>) event.get("claims")) {
                actors.add((String) ((Map<?, ?>) ((Map<?, ?>) item).get("attributed_to")).get("slug"));
                sources.add((String) ((Map<?, ?>) ((Map<?, ?>) item).get("source")).get("slug"));
            }
            for (Object item : (List<?>) event.get("quotes")) {
                sources.add((String) ((Map<?, ?>) ((Map<?, ?>) item).get("source")).get("slug"));
            }
        }
        actors.forEach(slug -> given().get("/api/v1/actors/" + slug).then().statusCode(200));
        places.forEach(slug -> given().get("/api/v1/locations/" + slug).then().statusCode(200));
        sources.forEach(slug -> given().get("/api/v1/sources/" + slug).then().statusCode(200));
    }

    @Test
    void theArticlesFiguresAreAllPresentAsClaims() {
        List<Map<?, ?>> claims = curated().stream()
                .flatMap(event -> ((List<?>) event.get("claims")).stream()).<Map<?, ?>>map(claim -> (Map<?, ?>) claim).toList();
        assertClaim(claims, 100, "at_least");
        assertClaim(claims, 100, "as_many_as");
        assertClaim(claims, 6, "at_least");
        assertClaim(claims, 370, "more_than");
        assertClaim(claims, 68, "exactly");
        assertClaim(claims, 275_000, "more_than");
        assertClaim(claims, 400_000, "more_than");
    }

    @Test
    void theYearsOfTheBackgroundFactsArePresentAsDates() {
        List<String> starts = curated().stream().map(e -> (String) ((Map<?, ?>) e.get("date")).get("start")).toList();
        assertTrue(starts.stream().anyMatch(start -> start.startsWith("2011")), "the war since 2011");
        assertTrue(starts.stream().anyMatch(start -> start.startsWith("2012")), "Aleppo divided since 2012");
    }

    @Test
    void plannedAndUnverifiedAreKeptAsReported() {
        assertTrue(curated().stream().anyMatch(e -> "planned".equals(e.get("status"))), "the Lausanne talks are planned");
        assertTrue(curated().stream().flatMap(e -> ((List<?>) e.get("claims")).stream())
                .anyMatch(c -> "unverified".equals(((Map<?, ?>) c).get("verification"))));
    }

    private static void assertClaim(List<Map<?, ?>> claims, long figure, String qualifier) {
        assertTrue(claims.stream().anyMatch(claim -> qualifier.equals(claim.get("qualifier"))
                && (figure == asLong(claim.get("min")) || figure == asLong(claim.get("max")))),
                "no claim of " + qualifier + " " + figure);
    }

    private static long asLong(Object value) {
        return value == null ? -1 : ((Number) value).longValue();
    }

    private static List<Map<String, Object>> curated() {
        return Api.events(CURATED).stream()
                .filter(event -> String.valueOf(event.get("external_key")).startsWith("aljazeera-2016-10-14-aleppo/"))
                .toList();
    }
}
