package org.eventline.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;

/** Curators' writes to actors, places and sources, and how the events naming them follow. */
@QuarkusTest
class RecordWritesTest {

    @Inject
    DatasetImporter importer;

    private int year;
    private String tag;

    @BeforeEach
    void importOneEvent() {
        year = TestEvents.freshYear();
        DatasetDocument document = TestEvents.batch(year, 1);
        importer.importDocument(document);
        tag = document.dataset();
    }

    @Test
    void createdActorIsServedWithItsTagAndItsSlugStaysUnique() {
        Map<String, Object> actor = Map.of("slug", tag + "-brigade", "name", "Test Brigade", "kind", "armed_group");
        Response created = post("/api/v1/actors", actor);
        created.then().statusCode(201).header("Location", containsString("/api/v1/actors/" + tag + "-brigade"))
                .body("name", equalTo("Test Brigade"));
        given().get("/api/v1/actors/" + tag + "-brigade").then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
        post("/api/v1/actors", actor).then().statusCode(409).contentType("application/problem+json");
        post("/api/v1/actors", Map.of("slug", tag + "-bad", "name", "Bad", "kind", "armed_group", "wikidata_id", "159"))
                .then().statusCode(400).body("errors[0].field", equalTo("wikidata_id"));
        post("/api/v1/actors", Map.of("slug", tag + "-odd", "name", "Odd", "kind", "armed_group", "colour", "red"))
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        post("/api/v1/actors", Map.of("slug", "Not A Slug", "name", "Odd", "kind", "armed_group"))
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void renamingAnActorShowsInItsEventsWithARevision() {
        String actorPath = "/api/v1/actors/" + tag + "-force";
        String eventId = eventOfTheYear().path("id");
        String etag = given().get(actorPath).header("ETag");
        patch(actorPath, null, Map.of("name", "Renamed Force")).then().statusCode(428);
        patch(actorPath, "\"stale\"", Map.of("name", "Renamed Force")).then().statusCode(412);
        patch(actorPath, etag, Map.of("name", "Renamed Force", "slug", tag + "-other")).then().statusCode(400)
                .body("errors[0].field", equalTo("slug"));
        patch(actorPath, etag, Map.of("name", "Renamed Force")).then().statusCode(200).body("name", equalTo("Renamed Force"));
        given().get("/api/v1/events/" + eventId).then().body("actors[0].name", equalTo("Renamed Force"));
        given().get("/api/v1/events/" + eventId + "/history").then()
                .body("items.change", equalTo(List.of("created", "updated")))
                .body("items[1].changed_fields", hasItem("actors"));
        given().queryParam("q", "Renamed").queryParam("from", year).queryParam("to", year).get("/api/v1/events").then()
                .body("items.id", equalTo(List.of(eventId)));
    }

    @Test
    void aPlaceCannotMoveInsideItself() {
        post("/api/v1/locations", Map.of("slug", tag + "-region", "name", "Region", "kind", "region",
                "location_precision", "region")).then().statusCode(201);
        post("/api/v1/locations", Map.of("slug", tag + "-village", "name", "Village", "kind", "city", "parent", tag + "-region",
                "point", Map.of("lon", 36.1, "lat", 35.2), "location_precision", "town")).then().statusCode(201);
        String regionPath = "/api/v1/locations/" + tag + "-region";
        patch(regionPath, given().get(regionPath).header("ETag"), Map.of("parent", tag + "-village")).then().statusCode(400)
                .body("errors[0].field", equalTo("parent"));
        post("/api/v1/locations", Map.of("slug", tag + "-nowhere", "name", "Nowhere", "kind", "city",
                "point", Map.of("lon", 200, "lat", 35.2), "location_precision", "town")).then().statusCode(400)
                .body("errors[0].field", equalTo("point.lon"));
    }

    @Test
    void aSourceStillCitedCannotBeDeleted() {
        String citedPath = "/api/v1/sources/" + tag + "-report";
        given().auth().oauth2(Tokens.admin()).header("If-Match", given().get(citedPath).header("ETag")).delete(citedPath)
                .then().statusCode(409).body("detail", containsString("claims"));
        post("/api/v1/sources", Map.of("slug", tag + "-unused", "kind", "news_article", "publisher", "Wire", "title", "Unused"))
                .then().statusCode(201);
        String unusedPath = "/api/v1/sources/" + tag + "-unused";
        String etag = given().get(unusedPath).header("ETag");
        given().auth().oauth2(Tokens.editor()).header("If-Match", etag).delete(unusedPath).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).delete(unusedPath).then().statusCode(204);
        given().get(unusedPath).then().statusCode(404);
    }

    private Response eventOfTheYear() {
        String id = given().queryParam("from", year).queryParam("to", year).queryParam("date_match", "within")
                .get("/api/v1/events").path("items[0].id");
        return given().get("/api/v1/events/" + id);
    }

    private static Response post(String path, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(path);
    }

    private static Response patch(String path, String etag, Map<String, Object> body) {
        var request = given().auth().oauth2(Tokens.editor()).contentType("application/merge-patch+json; charset=utf-8").body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.patch(path);
    }
}
