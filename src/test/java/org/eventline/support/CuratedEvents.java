package org.eventline.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Events a test writes through the API as curators do: created, renamed and retired, each event's
 * latest ETag kept for the next If-Match.
 */
public final class CuratedEvents {

    private final int year;
    private final String source;
    private final Map<String, String> tags = new HashMap<>();

    /** Events on 1 March of this year, each citing this source (a slug). */
    public CuratedEvents(int year, String source) {
        this.year = year;
        this.source = source;
    }

    /** Creates a shelling at this place (a slug); returns the event's id. */
    public String create(String title, String location) {
        Response created = given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("type", "shelling", "title", title, "status", "occurred",
                        "date", Map.of("edtf", year + "-03-01"), "location", location,
                        "sources", List.of(Map.of("source", source))))
                .post("/api/v1/events");
        created.then().statusCode(201);
        tags.put(created.path("id"), created.header("ETag"));
        return created.path("id");
    }

    public void patchTitle(String id, String title) {
        Response patched = given().auth().oauth2(Tokens.editor()).header("If-Match", tags.get(id))
                .contentType("application/merge-patch+json; charset=utf-8").body(Map.of("title", title))
                .patch("/api/v1/events/" + id);
        patched.then().statusCode(200);
        tags.put(id, patched.header("ETag"));
    }

    public void retire(String id) {
        given().auth().oauth2(Tokens.admin()).header("If-Match", tags.get(id)).delete("/api/v1/events/" + id)
                .then().statusCode(204);
    }
}
