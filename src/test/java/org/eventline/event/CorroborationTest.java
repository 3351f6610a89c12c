package org.eventline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.eventline.actor.ActorEntry;
import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.event.EventEntry.CitationEntry;
import org.eventline.event.EventEntry.ClaimEntry;
import org.eventline.event.EventEntry.DateEntry;
import org.eventline.event.EventEntry.ParticipantEntry;
import org.eventline.location.LocationEntry;
import org.eventline.location.LocationEntry.Point;
import org.eventline.source.SourceEntry;
import org.eventline.support.TestEvents;
import org.eventline.vocabulary.ActorKind;
import org.eventline.vocabulary.ActorRole;
import org.eventline.vocabulary.ClaimGroup;
import org.eventline.vocabulary.ClaimMeasure;
import org.eventline.vocabulary.EventStatus;
import org.eventline.vocabulary.LocationKind;
import org.eventline.vocabulary.LocationPrecision;
import org.eventline.vocabulary.Qualifier;
import org.eventline.vocabulary.SourceKind;
import org.eventline.vocabulary.Verification;

/**
 * GET /events/{id}/corroboration on two datasets of their own: a country, a governorate in it, a
 * city in that with a neighbourhood, and a sibling city. An article's air strike in the city is
 * matched by a monitor's reports of the same day at the city, at its neighbourhood and at the whole
 * governorate for the month, best first; not by the sibling city, the country, another day, nor
 * the article's own dataset.
 */
@QuarkusTest
class CorroborationTest {

    @Inject
    DatasetImporter importer;

    private final int year = TestEvents.freshYear();
    private final String tag = "c" + year + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final String day = year + "-03-14";

    @Test
    void ranksTheOtherDatasetsReportsOfTheSameHappeningWithTheirReasons() {
        UUID strike = UUID.randomUUID();
        importer.importDocument(new DatasetDocument(tag + "-article",
                List.of(source("article")),
                List.of(new ActorEntry(null, tag + "-air-force", "Air Force " + tag, ActorKind.GOVERNMENT, List.of(), null, null, null),
                        new ActorEntry(null, tag + "-monitor", "Monitor " + tag, ActorKind.MONITOR, List.of(), null, null, null)),
                List.of(place("country", LocationKind.COUNTRY, null), place("governorate", LocationKind.GOVERNORATE, "country"),
                        place("city", LocationKind.CITY, "governorate"), place("old-town", LocationKind.NEIGHBOURHOOD, "city"),
                        place("other-city", LocationKind.CITY, "governorate")),
                List.of(event(strike, "article/strike", "air_strike", day, "city", "article", 6),
                        event(null, "article/same-dataset", "air_strike", day, "city", "article", 2)),
                new DatasetDocument.About("Article " + tag, "Curators", null, null, null, null, null)));
        importer.importDocument(new DatasetDocument(tag + "-monitor", List.of(source("monitor")), List.of(), List.of(),
                List.of(event(null, "monitor/same-city", "air_strike", day, "city", "monitor", 7),
                        event(null, "monitor/old-town", "shelling", day, "old-town", "monitor", 3),
                        event(null, "monitor/governorate-month", "air_strike", year + "-03", "governorate", "monitor", 40),
                        event(null, "monitor/other-city", "air_strike", day, "other-city", "monitor", 1),
                        event(null, "monitor/country", "air_strike", day, "country", "monitor", 9),
                        event(null, "monitor/next-day", "air_strike", year + "-03-15", "city", "monitor", 4)),
                new DatasetDocument.About("Monitor " + tag, "A monitor", "2.0", "CC BY 4.0", null, null, null)));

        JsonPath answer = given().get("/api/v1/events/" + strike + "/corroboration").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();

        assertEquals(strike.toString(), answer.getString("event"));
        assertEquals(List.of("Monitor same-city", "Monitor old-town", "Monitor governorate-month"), answer.getList("items.event.title"));
        List<Float> scores = answer.getList("items.score", Float.class);
        assertTrue(scores.get(0) > scores.get(1) && scores.get(1) > scores.get(2), "best first: " + scores);
        assertEquals(List.of(tag + "-monitor", tag + "-monitor", tag + "-monitor"), answer.getList("items.event.dataset"));

        Map<String, Object> sameCity = answer.getMap("items[0].why");
        assertEquals("same_dates", sameCity.get("time"));
        assertEquals("same_place", sameCity.get("place"));
        assertEquals(0, sameCity.get("place_depth"));
        assertEquals("same_type", sameCity.get("type"));
        assertEquals(List.of(tag + "-air-force"), sameCity.get("shared_actors"));
        assertTrue(((String) sameCity.get("text")).contains("Air Force " + tag), (String) sameCity.get("text"));
        assertEquals(7, answer.getInt("items[0].event.claims[0].min"));
        assertEquals(0.925f, scores.get(0), 0.0001f);

        Map<String, Object> oldTown = answer.getMap("items[1].why");
        assertEquals("inside", oldTown.get("place"));
        assertEquals(1, oldTown.get("place_depth"));
        assertEquals(tag + "-city", oldTown.get("event_place"));
        assertEquals(tag + "-old-town", oldTown.get("candidate_place"));
        assertEquals("same_category", oldTown.get("type"));

        Map<String, Object> governorate = answer.getMap("items[2].why");
        assertEquals("contains", governorate.get("time"));
        assertEquals(1, governorate.get("overlap_days"));
        assertEquals("contains", governorate.get("place"));
        assertEquals(tag + "-governorate", governorate.get("candidate_place"));
    }

    @Test
    void theLimitBoundsTheCandidates() {
        UUID strike = UUID.randomUUID();
        importer.importDocument(new DatasetDocument(tag + "-a", List.of(source("article")),
                List.of(new ActorEntry(null, tag + "-air-force", "Air Force " + tag, ActorKind.GOVERNMENT, List.of(), null, null, null),
                        new ActorEntry(null, tag + "-monitor", "Monitor " + tag, ActorKind.MONITOR, List.of(), null, null, null)),
                List.of(place("country", LocationKind.COUNTRY, null), place("city", LocationKind.CITY, "country")),
                List.of(event(strike, "a/strike", "air_strike", day, "city", "article", 6))));
        importer.importDocument(new DatasetDocument(tag + "-b", List.of(source("monitor")), List.of(), List.of(),
                List.of(event(null, "b/one", "air_strike", day, "city", "monitor", 1),
                        event(null, "b/two", "shelling", day, "city", "monitor", 2))));

        given().get("/api/v1/events/" + strike + "/corroboration?limit=1").then().statusCode(200)
                .body("items.event.title", equalTo(List.of("Monitor one")));
    }

    @Test
    void unknownEventIs404AndABadLimitIs400NamingIt() {
        given().get("/api/v1/events/" + UUID.randomUUID() + "/corroboration").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/events/" + UUID.randomUUID() + "/corroboration?limit=101").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("limit"));
    }

    private SourceEntry source(String name) {
        return new SourceEntry(null, tag + "-" + name + "-report", SourceKind.NEWS_ARTICLE, "Wire " + name, "Report " + tag,
                null, null, "en", null);
    }

    private LocationEntry place(String name, LocationKind kind, String parent) {
        return new LocationEntry(null, tag + "-" + name, name + " " + tag, kind, parent == null ? null : tag + "-" + parent, List.of(),
                new Point(37.0, 36.0), LocationPrecision.TOWN, null);
    }

    /** An event of the air force, claimed by the source's own teller, with one figure of people killed. */
    private EventEntry event(UUID id, String key, String type, String edtf, String place, String teller, long killed) {
        String title = key.startsWith("monitor/") || key.startsWith("b/")
                ? "Monitor " + key.substring(key.indexOf('/') + 1) : "Article " + key.substring(key.indexOf('/') + 1);
        List<ParticipantEntry> actors = new ArrayList<>(List.of(new ParticipantEntry(tag + "-air-force", ActorRole.PERPETRATOR)));
        actors.add(new ParticipantEntry(tag + "-monitor", ActorRole.CLAIMANT));
        return new EventEntry(id, tag + "/" + key, type, title, "", EventStatus.OCCURRED,
                new DateEntry(edtf, null, null, null, null, null), tag + "-" + place, List.of(), actors,
                List.of(new ClaimEntry(ClaimMeasure.KILLED, ClaimGroup.PEOPLE, null, killed, killed, Qualifier.EXACTLY, null,
                        String.valueOf(killed), null, tag + "-monitor", tag + "-" + teller + "-report", Verification.UNVERIFIED)),
                List.of(), List.of(new CitationEntry(tag + "-" + teller + "-report", null)), List.of());
    }
}
