package org.eventline.reconcile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

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

        Response candidates = given().auth().oauth2(Tokens.editor()).queryParam("count", true).queryParam("limit", 8)
                .get("/api/v1/reconciliation/candidates");
        candidates.then().statusCode(200);
        System.out.printf("reconciliation candidates: %s%n", (Object) candidates.path("total"));
        List<Map<String, Object>> items = candidates.path("items");
        items.forEach(item -> System.out.printf("  %s %s ~ %s: %s%n", item.get("kind"), ((Map<?, ?>) item.get("record")).get("slug"),
                ((Map<?, ?>) item.get("match")).get("slug"), item.get("reasons")));
    }

    static int total(String query) {
        return given().get("/api/v1/events?count=true&limit=1&" + query).then().statusCode(200).extract().path("total");
    }
}
