package org.eventline.reconcile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.restassured.response.Response;

import org.eventline.support.Tokens;

/**
 * What the article's seed and the whole UCDP GED Syria file loaded together must answer, whichever
 * came first: one Aleppo with east and west Aleppo inside it, one Government of Syria.
 */
final class OneWorld {

    /** The README's example: the article's 15 events of Aleppo in October 2016 ... */
    static final int ARTICLE_ALEPPO_OCTOBER = 15;
    /** ... and UCDP's 81 at "Aleppo town" (UcdpImportTest). */
    static final int UCDP_ALEPPO_OCTOBER = 81;
    /** The article's "Air strikes kill civilians in Aleppo on Friday", in east Aleppo on 14 October 2016. */
    static final String FRIDAY_STRIKES = "6b2f982c-d01d-4bed-974f-c783aac83058";

    private OneWorld() {
    }

    static byte[] ucdpFile() {
        try (InputStream in = new GZIPInputStream(OneWorld.class.getResourceAsStream("/ucdp/ged-syria-2016-2019.csv.gz"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response importUcdp() {
        return given().auth().oauth2(Tokens.editor()).contentType("text/csv; charset=utf-8").body(ucdpFile())
                .post("/api/v1/imports?format=ucdp-ged");
    }

    static void check() {
        String aleppo = given().get("/api/v1/locations/aleppo").path("id");
        assertThat(given().get("/api/v1/locations/aleppo-town-jabal-saman").path("id"), equalTo(aleppo));
        given().get("/api/v1/locations/east-aleppo").then().body("parent.id", equalTo(aleppo));
        given().get("/api/v1/locations/west-aleppo").then().body("parent.id", equalTo(aleppo));
        // one hierarchy in either order: Aleppo in UCDP's Jabal Saman district, in the governorate
        given().get("/api/v1/locations/aleppo").then()
                .body("parent_chain.slug", equalTo(List.of("jabal-saman-district", "aleppo-governorate", "syria")));
        assertThat(total("location=aleppo&from=2016-10&to=2016-10"), equalTo(ARTICLE_ALEPPO_OCTOBER + UCDP_ALEPPO_OCTOBER));
        assertThat(total("location=aleppo-town-jabal-saman&from=2016-10&to=2016-10"),
                equalTo(ARTICLE_ALEPPO_OCTOBER + UCDP_ALEPPO_OCTOBER));

        String government = given().get("/api/v1/actors/syrian-government").path("id");
        assertThat(given().get("/api/v1/actors/government-of-syria").path("id"), equalTo(government));
        given().get("/api/v1/actors/" + government).then()
                .body("name", equalTo("Government of Syria"))
                .body("external_ids.ucdp_actor", equalTo("118"))
                .body("affiliation.slug", equalTo("syria"));
        // the file's 11,318 and the seed's 2, under either slug (UcdpImportTest's sample rows, in the same
        // database, add a few more of its own)
        assertThat(total("actor=syrian-government"), greaterThanOrEqualTo(11_318 + 2));
        assertThat(total("actor=government-of-syria"), equalTo(total("actor=syrian-government")));
        given().get("/api/v1/actors/bashar-al-assad").then().body("affiliation.id", equalTo(government));
        assertThat(given().queryParam("q", "government of syria").get("/api/v1/actors").path("items.id"), equalTo(List.of(government)));
        assertThat(given().queryParam("kind", "city").queryParam("q", "aleppo").queryParam("limit", 500)
                .get("/api/v1/locations").path("items.id"), hasItem(aleppo));

        checkDatasets();
        checkCorroboration();

        Response candidates = given().auth().oauth2(Tokens.editor()).queryParam("count", true).queryParam("limit", 8)
                .get("/api/v1/reconciliation/candidates");
        candidates.then().statusCode(200);
        System.out.printf("reconciliation candidates: %s%n", (Object) candidates.path("total"));
        List<Map<String, Object>> items = candidates.path("items");
        items.forEach(item -> System.out.printf("  %s %s ~ %s: %s%n", item.get("kind"), ((Map<?, ?>) item.get("record")).get("slug"),
                ((Map<?, ?>) item.get("match")).get("slug"), item.get("reasons")));
    }

    /** Every event names its dataset; UCDP's says its version; the three datasets hold every event between them. */
    private static void checkDatasets() {
        given().get("/api/v1/datasets/ucdp-ged-syria").then().statusCode(200)
                .body("version", equalTo("19.1")).body("events", greaterThanOrEqualTo(16_566));
        assertThat(total("dataset=ucdp-ged-syria"), greaterThanOrEqualTo(16_566));
        assertThat(total("dataset=aljazeera-2016-10-14-aleppo"), equalTo(21));
        assertThat(total("dataset=ucdp-ged-syria") + total("dataset=aljazeera-2016-10-14-aleppo") + total("dataset=eventline-curated"),
                equalTo(total("from=0001")));
    }

    /**
     * The article's "Air strikes kill civilians in Aleppo on Friday" (east Aleppo, 14 October 2016): UCDP's
     * two events of that day at Aleppo town, now the article's Aleppo, come first, with their figures and why.
     */
    private static void checkCorroboration() {
        Response answer = given().get("/api/v1/events/" + FRIDAY_STRIKES + "/corroboration");
        answer.then().statusCode(200);
        List<Map<String, Object>> items = answer.path("items");
        List<String> ucdpOfThatDay = List.of(eventIdOf("ucdp_id:231016"), eventIdOf("ucdp_id:231021"));
        // the one Aleppo keeps the slug of the record that came first: the seed's or UCDP's
        String aleppoSlug = given().get("/api/v1/locations/aleppo").path("slug");
        assertThat(items.size(), greaterThanOrEqualTo(2));
        assertThat(items.subList(0, 2).stream().map(item -> (String) ((Map<?, ?>) item.get("event")).get("id")).sorted().toList(),
                equalTo(ucdpOfThatDay.stream().sorted().toList()));
        for (Map<String, Object> item : items.subList(0, 2)) {
            Map<?, ?> event = (Map<?, ?>) item.get("event");
            Map<?, ?> why = (Map<?, ?>) item.get("why");
            assertThat(event.get("dataset"), equalTo("ucdp-ged-syria"));
            assertThat(why.get("time"), equalTo("same_dates"));
            assertThat(why.get("place"), equalTo("contains"));
            assertThat(why.get("candidate_place"), equalTo(aleppoSlug));
            assertThat(((List<?>) event.get("claims")).isEmpty(), equalTo(false));
        }
        for (Map<String, Object> item : items) {
            assertThat(((Map<?, ?>) item.get("event")).get("dataset"), not(equalTo("aljazeera-2016-10-14-aleppo")));
        }
    }

    private static String eventIdOf(String code) {
        return given().get("/api/v1/events?code=" + code).then().statusCode(200).extract().path("items[0].id");
    }

    static int total(String query) {
        return given().get("/api/v1/events?count=true&limit=1&" + query).then().statusCode(200).extract().path("total");
    }
}
