package org.eventline.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.response.Response;

/** Where the change feed ends now, for a test that wants only what is written after. */
public final class FeedPosition {

    private FeedPosition() {
    }

    /** The poll cursor of the feed with these filters on the app at this port, read to its end. */
    public static String latest(int port, Map<String, String> filter) {
        String cursor = null;
        while (true) {
            var request = given().port(port).queryParams(filter).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/changes");
            page.then().statusCode(200);
            if (page.path("next_cursor") == null) {
                return page.path("poll_cursor");
            }
            cursor = page.path("next_cursor");
        }
    }
}
