package org.eventline.actor;

import static io.restassured.RestAssured.given;
import static org.eventline.support.Api.titles;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.eventline.dataset.DatasetDocument;
import org.eventline.dataset.DatasetImporter;
import org.eventline.support.Api;
import org.eventline.vocabulary.ActorKind;

/** GET /actors and /actors/{id_or_slug}, against the curated Aleppo actors and a few synthetic ones. */
@QuarkusTest
class ActorResourceTest {

    private static final String LAUSANNE_TALKS = "US–Russia talks on Syria planned in Lausanne";

    @Inject
    DatasetImporter importer;

    @Test
    void walkingEveryPageReturnsEachActorOnceInSlugOrder() {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        long total = given().get("/api/v1/actors?count=true").then().statusCode(200).extract().jsonPath().getLong("total");
        do {
            Response response = given().get("/api/v1/actors?limit=5" + (cursor == null ? "" : "&cursor=" + cursor));
            response.then().statusCode(200);
            JsonPath page = response.jsonPath();
            List<String> pageSlugs = page.getList("items.slug");
            assertTrue(pageSlugs.size() <= 5, "at most limit items per page");
            slugs.addAll(pageSlugs);
            cursor = page.getString("next_cursor");
            String link = response.getHeader("Link");
            if (cursor != null) {
                assertEquals(5, pageSlugs.size(), "only the last page is short");
                assertNotNull(link, "a page with a next page carries a Link header");
                assertThat(link, containsString("rel=\"next\""));
                assertThat(link, containsString("cursor=" + cursor));
                assertThat(link, containsString("limit=5"));
            } else {
                assertNull(link, "the last page has no Link rel=next");
            }
        } while (cursor != null);

        assertEquals(new HashSet<>(slugs).size(), slugs.size(), "no actor twice");
        assertEquals(slugs.stream().sorted().toList(), slugs, "ascending by slug");
        assertEquals(total, slugs.size(), "every actor once");
        assertThat(slugs, hasItems("syria", "russia", "sergey-lavrov", "syria-civil-defence", "isil", "reuters"));
    }

    @Test
    void theLastPageHasANullCursorAndNoLinkHeader() {
        given().get("/api/v1/actors?limit=500")
                .then().statusCode(200)
                .header("Link", nullValue())
                .body("next_cursor", nullValue())
                .body("$", org.hamcrest.Matchers.hasKey("next_cursor"));
    }

    @Test
    void qMatchesNamesAndAliasesInAnyCase() {
        assertThat(Api.slugs("/api/v1/actors", "q=white%20helmets"), hasItem("syria-civil-defence"));
        assertThat(Api.slugs("/api/v1/actors", "q=WHITE%20HELMETS"), hasItem("syria-civil-defence"));
        assertThat(Api.slugs("/api/v1/actors", "q=ISIS"), hasItem("isil"));
        assertThat(Api.slugs("/api/v1/actors", "q=daesh"), hasItem("isil"));
        assertThat(Api.slugs("/api/v1/actors", "q=lavrov"), hasItem("sergey-lavrov"));
        assertThat(Api.slugs("/api/v1/actors", "q=Sergei%20Lavrov"), hasItem("sergey-lavrov"));
        assertThat(Api.slugs("/api/v1/actors", "q=lavrov"), not(hasItem("john-kerry")));
        assertThat(Api.slugs("/api/v1/actors", "q=zzzznotanactor"), empty());
    }

    @Test
    void qTreatsLikeWildcardsLiterally() {
        String tag = "w" + UUID.randomUUID().toString().substring(0, 8);
        importer.importDocument(new DatasetDocument("actors-" + tag, List.of(),
                List.of(new ActorEntry(null, tag + "-percent", "Brigade 100% " + tag, ActorKind.ARMED_GROUP, List.of(),
                                null, null, null),
                        new ActorEntry(null, tag + "-underscore", "Unit a_b " + tag, ActorKind.ARMED_GROUP, List.of(),
                                null, null, null)),
                List.of(), List.of()));

        assertThat(Api.slugs("/api/v1/actors", "q=100%25%20" + tag), is(List.of(tag + "-percent")));
        assertThat(Api.slugs("/api/v1/actors", "q=a_b%20" + tag), is(List.of(tag + "-underscore")));
        // as wildcards, "%" would match every actor and "_" any single character
        assertThat(Api.slugs("/api/v1/actors", "q=%25"), hasItem(tag + "-percent"));
        assertThat(Api.slugs("/api/v1/actors", "q=%25"), not(hasItem("syria")));
        assertThat(Api.slugs("/api/v1/actors", "q=_"), hasItem(tag + "-underscore"));
        assertThat(Api.slugs("/api/v1/actors", "q=_"), not(hasItem("syria")));
        assertThat(Api.slugs("/api/v1/actors", "q=syri_"), empty());
        assertThat(Api.slugs("/api/v1/actors", "q=s_ria"), empty());
        assertThat(Api.slugs("/api/v1/actors", "q=%25" + tag), empty());
    }

    @Test
    void kindKeepsOnlyActorsOfThatKind() {
        List<Map<String, Object>> states = Api.items("/api/v1/actors", "kind=state");
        assertThat(states.stream().map(a -> a.get("slug")).toList(), hasItems("syria", "russia", "united-states", "turkey"));
        for (Map<String, Object> actor : states) {
            assertEquals("state", actor.get("kind"));
        }
        assertThat(Api.slugs("/api/v1/actors", "kind=person"), hasItems("sergey-lavrov", "john-kerry", "bashar-al-assad"));
        assertThat(Api.slugs("/api/v1/actors", "kind=person"), not(hasItem("russia")));
        assertThat(Api.slugs("/api/v1/actors", "kind=media&q=reuters"), is(List.of("reuters")));
    }

    @Test
    void countTrueAddsTheTotalOfAllPages() {
        int persons = Api.slugs("/api/v1/actors", "kind=person").size();
        given().get("/api/v1/actors?kind=person&limit=2&count=true")
                .then().statusCode(200)
                .body("total", is(persons))
                .body("items.size()", is(2));
        given().get("/api/v1/actors?kind=person&limit=2")
                .then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("total")));
        given().get("/api/v1/actors?q=ISIS&count=true").then().statusCode(200).body("total", is(Api.slugs("/api/v1/actors", "q=ISIS").size()));
    }

    @Test
    void detailIsTheSameBySlugAndById() {
        String bySlug = given().get("/api/v1/actors/sergey-lavrov").then().statusCode(200)
                .body("slug", is("sergey-lavrov"))
                .body("name", is("Sergey Lavrov"))
                .body("kind", is("person"))
                .body("aliases", hasItem("Sergei Lavrov"))
                .body("affiliation.slug", is("russian-foreign-ministry"))
                .body("id", notNullValue())
                .extract().asString();
        String id = given().get("/api/v1/actors/sergey-lavrov").then().extract().path("id");
        String byId = given().get("/api/v1/actors/" + id).then().statusCode(200).extract().asString();
        assertEquals(bySlug, byId);
    }

    @Test
    void affiliationChainRunsUpToTheTopNearestFirst() {
        given().get("/api/v1/actors/sergey-lavrov")
                .then().statusCode(200)
                .body("affiliation_chain.slug", is(List.of("russian-foreign-ministry", "russia")))
                .body("affiliation_chain[0].name", is("Russian Foreign Ministry"))
                .body("affiliation_chain[1].kind", is("state"));
        given().get("/api/v1/actors/russia")
                .then().statusCode(200)
                .body("affiliation_chain", empty());
    }

    @Test
    void membersListTheActorsAffiliatedToThisOne() {
        given().get("/api/v1/actors/russia")
                .then().statusCode(200)
                .body("members.slug", hasItems("russian-foreign-ministry", "russian-armed-forces"))
                .body("members.slug", not(hasItem("sergey-lavrov")));
        given().get("/api/v1/actors/russian-foreign-ministry")
                .then().statusCode(200)
                .body("members.slug", is(List.of("sergey-lavrov")));
        given().get("/api/v1/actors/sergey-lavrov")
                .then().statusCode(200)
                .body("members", empty());
    }

    @Test
    void listItemsLeaveOutTheDetailOnlyFields() {
        given().get("/api/v1/actors?q=lavrov")
                .then().statusCode(200)
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("affiliation_chain")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("members")));
    }

    @Test
    void anUnknownActorIsA404ProblemThatNamesNothingInternal() {
        String body = given().get("/api/v1/actors/no-such-actor")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", notNullValue())
                .body("type", notNullValue())
                .body("detail", containsString("no-such-actor"))
                .extract().asString();
        assertNoInternals(body);
        assertNoInternals(given().get("/api/v1/actors/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").extract().asString());
        assertNoInternals(given().get("/api/v1/actors/no-such-actor/events").then().statusCode(404)
                .contentType("application/problem+json").extract().asString());
    }

    @Test
    void theEventsOfAnActorAreTheEventsFilteredByThatActor() {
        List<String> viaActor = Api.titles("/api/v1/actors/sergey-lavrov/events", "");
        assertThat(viaActor, hasItem(LAUSANNE_TALKS));
        assertEquals(titles("actor=sergey-lavrov"), viaActor);
        assertEquals(titles("actor=russia&from=2016-10&to=2016-10&type=offer"),
                Api.titles("/api/v1/actors/russia/events", "from=2016-10&to=2016-10&type=offer"));
        String id = given().get("/api/v1/actors/sergey-lavrov").then().extract().path("id");
        assertEquals(viaActor, Api.titles("/api/v1/actors/" + id + "/events", ""));
    }

    @Test
    void theEventsOfAnActorCanBeDownloadedAsCsv() {
        Response csv = given().get("/api/v1/actors/sergey-lavrov/events?format=csv");
        csv.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment"));
        String body = csv.asString();
        assertTrue(body.startsWith("id,"), "a header row first");
        for (String title : titles("actor=sergey-lavrov")) {
            assertThat(body, containsString(title));
        }
        assertEquals(given().get("/api/v1/events?actor=sergey-lavrov&format=csv").then().statusCode(200).extract().asString(),
                body);
        given().accept("text/csv").get("/api/v1/actors/sergey-lavrov/events")
                .then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void anUnknownKindIsA400NamingTheParameter() {
        given().get("/api/v1/actors?kind=wizard")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("errors[0].parameter", is("kind"))
                .body("errors[0].message", containsString("state"));
    }

    @Test
    void anUnknownParameterIsA400() {
        given().get("/api/v1/actors?nmae=lavrov")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem("nmae"));
        given().get("/api/v1/actors/sergey-lavrov?verbose=true")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem("verbose"));
        given().get("/api/v1/actors/sergey-lavrov/events?nmae=x")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem("nmae"));
    }

    @Test
    void aBadLimitOrCursorIsA400() {
        given().get("/api/v1/actors?limit=501").then().statusCode(400).body("errors[0].parameter", is("limit"));
        given().get("/api/v1/actors?limit=0").then().statusCode(400).body("errors[0].parameter", is("limit"));
        given().get("/api/v1/actors?cursor=notacursor").then().statusCode(400).body("errors[0].parameter", is("cursor"));
        String cursor = given().get("/api/v1/actors?limit=1&kind=state").then().statusCode(200).extract().path("next_cursor");
        given().get("/api/v1/actors?limit=1&kind=person&cursor=" + cursor)
                .then().statusCode(400).body("errors[0].parameter", is("cursor"));
    }

    private static void assertNoInternals(String body) {
        for (String internal : List.of("org.eventline", "java.", "Exception", "hibernate", "SQL", "select ", "at org.")) {
            assertFalse(body.contains(internal), "problem body mentions " + internal + ": " + body);
        }
    }
}
