package org.eventline.reconcile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.Api;
import org.eventline.support.TestEvents;
import org.eventline.support.Tokens;

/**
 * Reconciliation on the ways data comes in (NDJSON lines, curators' writes) and curators' merges,
 * each on records of its own test batch (TestEvents), so no other test's answer changes.
 */
@QuarkusTest
class ReconciliationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DatasetImporter importer;

    @Test
    void aCuratorsNewPlaceThatIsAStoredOneIsRefusedNamingItUnlessKeptDistinct() throws Exception {
        Batch batch = new Batch(0);
        Map<String, Object> place = Map.of("slug", batch.tag + "-town-again", "name", batch.townName + " city", "kind", "city",
                "point", Map.of("lon", 10.01, "lat", 20.0), "location_precision", "town");

        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(JSON.writeValueAsString(place))
                .post("/api/v1/locations").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("'" + batch.tag + "-town'"))
                .body("detail", containsString("distinct=true"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(JSON.writeValueAsString(place))
                .post("/api/v1/locations?distinct=maybe").then().statusCode(400).body("errors[0].parameter", equalTo("distinct"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(JSON.writeValueAsString(place))
                .post("/api/v1/locations?distinct=true").then().statusCode(201).body("slug", equalTo(batch.tag + "-town-again"));

        // an actor with the same folded name, even of another case and punctuation
        Map<String, Object> actor = Map.of("slug", batch.tag + "-force-again", "name", batch.forceName.toUpperCase().replace('-', ' '),
                "kind", "group");
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(JSON.writeValueAsString(actor))
                .post("/api/v1/actors").then().statusCode(409).body("detail", containsString("'" + batch.tag + "-force'"));
    }

    @Test
    void importLinesJoinTheSamePlaceAndActorAndKeepDoubtfulOnesApartAsCandidates() throws Exception {
        Batch batch = new Batch(0);
        Map<String, Object> joining = batch.line("Joins the town", batch.tag + "-town-ucdp", batch.tag + "-militia");
        joining.put("includes", Map.of(
                "locations", List.of(Map.of("slug", batch.tag + "-town-ucdp", "name", batch.townName + " town", "kind", "city",
                        "point", Map.of("lon", 10.0001, "lat", 20.0001), "location_precision", "town")),
                "actors", List.of(Map.of("slug", batch.tag + "-militia", "name", batch.forceName, "kind", "armed_group",
                        "external_ids", Map.of("ucdp_actor", batch.tag)))));
        Map<String, Object> doubtful = batch.line("Too far to join", batch.tag + "-town-far", batch.tag + "-force");
        doubtful.put("includes", Map.of("locations", List.of(Map.of("slug", batch.tag + "-town-far", "name", batch.townName + " village",
                "kind", "city", "point", Map.of("lon", 11.0, "lat", 21.0), "location_precision", "town"))));
        String body = JSON.writeValueAsString(joining) + "\n" + JSON.writeValueAsString(doubtful) + "\n";

        importNdjson(body).then().statusCode(200).body("created", equalTo(2)).body("rejected", equalTo(0));

        Map<String, Object> joined = Api.events("from=" + batch.year + "&to=" + batch.year + "&date_match=within&q=" + "joins").get(0);
        assertThat(((Map<?, ?>) joined.get("location")).get("slug"), equalTo(batch.tag + "-town"));
        assertThat(slugs(joined.get("actors")), hasItem(batch.tag + "-force"));
        // the new slugs name the stored records for good: paths redirect, filters accept them
        given().redirects().follow(false).get("/api/v1/locations/" + batch.tag + "-town-ucdp").then().statusCode(301)
                .header("Location", endsWith("/api/v1/locations/" + batch.tag + "-town"));
        given().redirects().follow(false).get("/api/v1/actors/" + batch.tag + "-militia").then().statusCode(301)
                .header("Location", endsWith("/api/v1/actors/" + batch.tag + "-force"));
        assertThat(Api.titles("location=" + batch.tag + "-town-ucdp&from=" + batch.year + "&to=" + batch.year + "&date_match=within"),
                equalTo(List.of("Joins the town")));
        // the joined records keep what the newcomer knew
        given().get("/api/v1/actors/" + batch.tag + "-force").then().body("external_ids.ucdp_actor", equalTo(batch.tag));

        // the far namesake stands apart, and curators see why
        given().get("/api/v1/locations/" + batch.tag + "-town-far").then().statusCode(200).body("slug", equalTo(batch.tag + "-town-far"));
        List<Map<String, Object>> candidates = given().auth().oauth2(Tokens.editor()).queryParam("kind", "location").queryParam("limit", 500)
                .get("/api/v1/reconciliation/candidates").then().statusCode(200).extract().path("items");
        Map<String, Object> candidate = candidates.stream()
                .filter(c -> ((Map<?, ?>) c.get("record")).get("slug").equals(batch.tag + "-town-far")).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) candidate.get("match")).get("slug"), equalTo(batch.tag + "-town"));
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) candidate.get("reasons");
        assertThat(reasons, hasItem(startsWith("too far apart")));
        // a read like every other: the records it names are public
        given().get("/api/v1/reconciliation/candidates").then().statusCode(200);
        given().queryParam("kind", "event").auth().oauth2(Tokens.editor()).get("/api/v1/reconciliation/candidates").then()
                .statusCode(400).body("errors[0].parameter", equalTo("kind"));

        // importing the same lines again changes nothing, and finds no new candidate
        importNdjson(body).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        List<Map<String, Object>> again = given().auth().oauth2(Tokens.editor()).queryParam("kind", "location").queryParam("limit", 500)
                .get("/api/v1/reconciliation/candidates").path("items");
        assertThat(again.stream().filter(c -> ((Map<?, ?>) c.get("record")).get("slug").equals(batch.tag + "-town-far")).count(), equalTo(1L));
    }

    @Test
    void mergingAnActorMovesItsEventsClaimsAndNameWithRevisionsAndTheOldSlugKeepsAnswering() {
        Batch from = new Batch(1);
        Batch into = new Batch(1);
        String eventId = Api.events("from=" + from.year + "&to=" + from.year + "&date_match=within").get(0).get("id").toString();
        String oldId = given().get("/api/v1/actors/" + from.tag + "-force").path("id");

        merge("actors", from.tag + "-force", into.tag + "-force", Tokens.admin()).then().statusCode(200)
                .body("slug", equalTo(into.tag + "-force"))
                .body("aliases", hasItem(from.forceName));

        given().get("/api/v1/events/" + eventId).then()
                .body("actors.slug", equalTo(List.of(into.tag + "-force")))
                .body("claims.attributed_to.slug", equalTo(List.of(into.tag + "-force")));
        given().get("/api/v1/events/" + eventId + "/history").then()
                .body("items.change", equalTo(List.of("created", "updated")))
                .body("items[1].changed_fields", hasItems("actors", "claims"));
        given().redirects().follow(false).get("/api/v1/actors/" + from.tag + "-force").then().statusCode(301)
                .header("Location", endsWith("/api/v1/actors/" + into.tag + "-force"));
        given().redirects().follow(false).get("/api/v1/actors/" + oldId).then().statusCode(301)
                .header("Location", endsWith("/api/v1/actors/" + into.tag + "-force"));
        given().get("/api/v1/actors/" + from.tag + "-force").then().statusCode(200).body("slug", equalTo(into.tag + "-force"));
        assertThat(Api.titles("actor=" + from.tag + "-force&from=" + from.year + "&to=" + from.year + "&date_match=within"),
                equalTo(List.of("Test strike 0 " + from.tag)));
        given().queryParam("attributed_to", from.tag + "-force").get("/api/v1/claims").then().statusCode(200)
                .body("items.size()", equalTo(2));
        // the actor merged into took the other's name as an alias: a search for it finds its own events too
        assertThat(Api.titles("q=" + from.tag + "&from=" + into.year + "&to=" + into.year + "&date_match=within"),
                equalTo(List.of("Test strike 0 " + into.tag)));
    }

    @Test
    void mergingAPlaceMovesItsEventsAndChildPlacesAndASourceItsCitations() throws Exception {
        Batch from = new Batch(1);
        Batch into = new Batch(1);
        Map<String, Object> child = Map.of("slug", from.tag + "-quarter", "name", "Quarter of " + from.tag, "kind", "neighbourhood",
                "parent", from.tag + "-town", "location_precision", "district");
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(JSON.writeValueAsString(child))
                .post("/api/v1/locations").then().statusCode(201);

        merge("locations", from.tag + "-town", into.tag + "-town", Tokens.admin()).then().statusCode(200)
                .body("slug", equalTo(into.tag + "-town"));
        merge("sources", from.tag + "-report", into.tag + "-report", Tokens.admin()).then().statusCode(200);

        given().get("/api/v1/locations/" + from.tag + "-quarter").then()
                .body("parent.slug", equalTo(into.tag + "-town"))
                .body("parent_chain.slug", equalTo(List.of(into.tag + "-town")));
        Map<String, Object> moved = Api.events("location=" + into.tag + "-town&from=" + from.year + "&to=" + from.year + "&date_match=within").get(0);
        assertThat(((Map<?, ?>) moved.get("location")).get("slug"), equalTo(into.tag + "-town"));
        assertThat(slugs(moved.get("sources")), equalTo(List.of(into.tag + "-report")));
        assertThat(Api.titles("location=" + from.tag + "-town&from=" + from.year + "&to=" + from.year + "&date_match=within"),
                equalTo(List.of("Test strike 0 " + from.tag)));
        given().redirects().follow(false).get("/api/v1/sources/" + from.tag + "-report").then().statusCode(301)
                .header("Location", endsWith("/api/v1/sources/" + into.tag + "-report"));
        given().queryParam("source", from.tag + "-report").get("/api/v1/claims").then().statusCode(200).body("items.size()", not(equalTo(0)));
    }

    @Test
    void aMergeIntoItselfInsideItselfOrNowhereIsRefusedNamingInto() throws Exception {
        Batch batch = new Batch(0);
        Map<String, Object> child = Map.of("slug", batch.tag + "-quarter", "name", "Quarter of " + batch.tag, "kind", "neighbourhood",
                "parent", batch.tag + "-town", "location_precision", "district");
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(JSON.writeValueAsString(child))
                .post("/api/v1/locations").then().statusCode(201);

        merge("locations", batch.tag + "-town", batch.tag + "-town", Tokens.admin()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("into"))
                .body("errors[0].message", containsString("itself"));
        merge("locations", batch.tag + "-town", batch.tag + "-quarter", Tokens.admin()).then().statusCode(400)
                .body("errors[0].field", equalTo("into")).body("errors[0].message", containsString("inside"));
        merge("locations", batch.tag + "-town", "nowhere-" + batch.tag, Tokens.admin()).then().statusCode(400)
                .body("errors[0].field", equalTo("into")).body("errors[0].message", containsString("nowhere-" + batch.tag));
        merge("actors", batch.tag + "-force", batch.tag + "-force", Tokens.editor()).then().statusCode(403);
        String etag = given().get("/api/v1/actors/" + batch.tag + "-force").header("ETag");
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"into\": \"x\"}")
                .post("/api/v1/actors/" + batch.tag + "-force/merge").then().statusCode(428);
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType("application/json").body("{\"onto\": \"x\"}")
                .post("/api/v1/actors/" + batch.tag + "-force/merge").then().statusCode(400)
                .body("errors.field", hasItem("onto"));
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType("application/json").body("{}")
                .post("/api/v1/actors/" + batch.tag + "-force/merge").then().statusCode(400)
                .body("errors.field", hasItem("into"));
        // nothing moved
        given().get("/api/v1/locations/" + batch.tag + "-town").then().statusCode(200).body("children.slug", equalTo(List.of(batch.tag + "-quarter")));
    }

    private static List<String> slugs(Object records) {
        return ((List<?>) records).stream().map(record -> (String) ((Map<?, ?>) record).get("slug")).toList();
    }

    private static Response merge(String collection, String slug, String into, String token) {
        String etag = given().get("/api/v1/" + collection + "/" + slug).header("ETag");
        return given().auth().oauth2(token).header("If-Match", etag).contentType("application/json")
                .body("{\"into\": \"" + into + "\"}").post("/api/v1/" + collection + "/" + slug + "/merge");
    }

    private static Response importNdjson(String body) {
        return given().auth().oauth2(Tokens.editor()).contentType("application/x-ndjson; charset=utf-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports");
    }

    /** A test batch of its own year: a town, a force, a report, and this many events. */
    private final class Batch {
        final int year = TestEvents.freshYear();
        final String tag;
        final String townName;
        final String forceName;
        private int count;

        Batch(int events) {
            DatasetDocument document = TestEvents.batch(year, events);
            importer.importDocument(document);
            tag = document.dataset();
            townName = document.locations().get(0).name();
            forceName = document.actors().get(0).name();
        }

        Map<String, Object> line(String title, String location, String actor) {
            count++;
            Map<String, Object> event = new HashMap<>();
            event.put("key", tag + "/line-" + count);
            event.put("type", "shelling");
            event.put("title", title);
            event.put("status", "occurred");
            event.put("date", Map.of("edtf", year + "-06-0" + count));
            event.put("location", location);
            event.put("actors", List.of(Map.of("actor", actor, "role", "perpetrator")));
            event.put("sources", List.of(Map.of("source", tag + "-report")));
            return event;
        }
    }
}
