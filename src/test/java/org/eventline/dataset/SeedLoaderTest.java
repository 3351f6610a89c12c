package org.eventline.dataset;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.eventline.actor.ActorRepository;
import org.eventline.event.EventRepository;
import org.eventline.imports.ImportReport;
import org.eventline.location.LocationRepository;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader seedLoader;
    @Inject
    EventRepository events;
    @Inject
    ActorRepository actors;
    @Inject
    LocationRepository locations;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void loadsTheBundledDatasetOnceAndOnlyOnce() throws Exception {
        JsonNode seed = seedDocument();
        long eventsBefore = events.count();
        long actorsBefore = actors.count();
        long locationsBefore = locations.count();
        assertTrue(eventsBefore >= seed.get("events").size(), "the start-up load put the curated events in");

        ImportReport again = seedLoader.load();

        assertEquals(0, again.events().created());
        assertEquals(seed.get("events").size(), again.events().unchanged());
        assertEquals(0, again.actors().created());
        assertEquals(0, again.locations().created());
        assertEquals(0, again.sources().created());
        assertEquals(eventsBefore, events.count());
        assertEquals(actorsBefore, actors.count());
        assertEquals(locationsBefore, locations.count());
    }

    @Test
    void servesEveryCuratedEventUnderTheIdItHasInTheDataFile() throws Exception {
        for (JsonNode event : seedDocument().get("events")) {
            given().get("/api/v1/events/" + event.get("id").asText())
                    .then().statusCode(200)
                    .body("title", org.hamcrest.Matchers.equalTo(event.get("title").asText()));
        }
    }

    private JsonNode seedDocument() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/aljazeera-2016-10-14-aleppo.json")) {
            return objectMapper.readTree(in);
        }
    }
}
