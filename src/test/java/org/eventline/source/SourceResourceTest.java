package org.eventline.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** GET /sources and /sources/{id_or_slug}, against the sources the curated Aleppo dataset cites. */
@QuarkusTest
class SourceResourceTest {

    private static final String ARTICLE = "aljazeera-2016-10-14-aleppo-pounded";
    private static final Set<String> CURATED_SOURCES = Set.of(ARTICLE, "komsomolskaya-pravda-2016-10-14-assad-interview",
            "russian-general-staff-2016-10-13-briefing", "sohr-2016-10-14-overnight-strikes", "sohr-east-aleppo-campaign-toll",
            "aleppo-media-centre-overnight-strikes", "afp-thomas-pierret-comment", "lavrov-2016-10-yerevan-remarks",
            "reuters-photo-rebel-held-aleppo");

    @Test
    void listsEverySourceOnceInSlugOrder() {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var response = given().get("/api/v1/sources?limit=4" + (cursor == null ? "" : "&cursor=" + cursor));
            JsonPath page = response.then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.slug"));
            cursor = page.getString("next_cursor");
            assertEquals(cursor != null, response.getHeader("Link") != null, "Link rel=next exactly when there is a next page");
        } while (cursor != null);
        assertEquals(new HashSet<>(walked).size(), walked.size(), "no source twice");
        assertEquals(walked.stream().sorted().toList(), walked, "ascending by slug");
        assertTrue(walked.containsAll(CURATED_SOURCES), "every curated source: " + walked);
        assertEquals(Api.slugs("/api/v1/sources", ""), walked);
        given().get("/api/v1/sources?count=true&limit=1")
                .then().statusCode(200)
                .body("total", is(walked.size()))
                .body("items.size()", is(1));
    }

    @Test
    void listItemsCarryTheCitationFields() {
        Map<String, Object> article = Api.items("/api/v1/sources", "q=pounded").get(0);
        assertEquals(ARTICLE, article.get("slug"));
        assertEquals("news_article", article.get("kind"));
        assertEquals("Al Jazeera", article.get("publisher"));
        assertEquals("Syria’s Aleppo pounded as Assad vows to ‘clean’ city", article.get("title"));
        assertEquals("http://www.aljazeera.com/news/2016/10/syria-aleppo-pounded-assad-vows-clean-city-161014084949200.html",
                article.get("url"));
        assertEquals("2016-10-14", article.get("published_on"));
        assertEquals("en", article.get("language"));
        assertThat(article.keySet(), hasItems("id", "description", "created_at", "updated_at"));
    }

    @Test
    void qMatchesTitleOrPublisherInAnyCase() {
        assertThat(Api.slugs("/api/v1/sources", "q=syrian%20observatory"), is(List.of("sohr-2016-10-14-overnight-strikes", "sohr-east-aleppo-campaign-toll")));
        assertThat(Api.slugs("/api/v1/sources", "q=KOMSOMOLSKAYA"), is(List.of("komsomolskaya-pravda-2016-10-14-assad-interview")));
        assertThat(Api.slugs("/api/v1/sources", "q=general%20staff"), is(List.of("russian-general-staff-2016-10-13-briefing")));
        assertThat(Api.slugs("/api/v1/sources", "q=reuters"), is(List.of("reuters-photo-rebel-held-aleppo")));
        // in titles only
        assertThat(Api.slugs("/api/v1/sources", "q=televised"), is(List.of("russian-general-staff-2016-10-13-briefing")));
        assertThat(Api.slugs("/api/v1/sources", "q=Pounded"), is(List.of(ARTICLE)));
        assertThat(Api.slugs("/api/v1/sources", "q=al%20jazeera"), hasItems(ARTICLE, "reuters-photo-rebel-held-aleppo"));
        // the description is not searched
        assertThat(Api.slugs("/api/v1/sources", "q=curated%20from"), empty());
        assertThat(Api.slugs("/api/v1/sources", "q=zzzznotasource"), empty());
        assertThat(Api.slugs("/api/v1/sources", "q=%25"), empty());
    }

    @Test
    void kindKeepsOnlySourcesOfThatKind() {
        assertThat(Api.slugs("/api/v1/sources", "kind=monitor_report"), is(List.of("sohr-2016-10-14-overnight-strikes", "sohr-east-aleppo-campaign-toll")));
        assertThat(Api.slugs("/api/v1/sources", "kind=photograph"), hasItem("reuters-photo-rebel-held-aleppo"));
        for (Map<String, Object> source : Api.items("/api/v1/sources", "kind=news_article")) {
            assertEquals("news_article", source.get("kind"));
        }
        assertThat(Api.slugs("/api/v1/sources", "kind=news_article"), hasItem(ARTICLE));
        assertThat(Api.slugs("/api/v1/sources", "kind=news_article"), not(hasItem("reuters-photo-rebel-held-aleppo")));
        assertThat(Api.slugs("/api/v1/sources", "kind=briefing&q=reuters"), empty());
    }

    @Test
    void detailIsTheSameBySlugAndById() {
        String bySlug = given().get("/api/v1/sources/" + ARTICLE)
                .then().statusCode(200)
                .body("slug", is(ARTICLE))
                .body("publisher", is("Al Jazeera"))
                .body("published_on", is("2016-10-14"))
                .body("id", notNullValue())
                .extract().asString();
        String id = given().get("/api/v1/sources/" + ARTICLE).then().extract().path("id");
        assertEquals(bySlug, given().get("/api/v1/sources/" + id).then().statusCode(200).extract().asString());
        given().get("/api/v1/sources/sohr-east-aleppo-campaign-toll")
                .then().statusCode(200)
                .body("url", nullValue())
                .body("published_on", nullValue());
    }

    @Test
    void anUnknownSourceIsA404Problem() {
        String body = given().get("/api/v1/sources/no-such-source")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", notNullValue())
                .body("detail", containsString("no-such-source"))
                .extract().asString();
        assertFalse(body.contains("org.eventline") || body.contains("Exception"), body);
        given().get("/api/v1/sources/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownKindOrParameterIsA400() {
        given().get("/api/v1/sources?kind=tweet")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", is("kind"))
                .body("errors[0].message", containsString("news_article"));
        given().get("/api/v1/sources?publisher=reuters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem("publisher"));
        given().get("/api/v1/sources?limit=501").then().statusCode(400).body("errors[0].parameter", is("limit"));
    }
}
