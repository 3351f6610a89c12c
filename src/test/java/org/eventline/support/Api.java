package org.eventline.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Short calls to the running API for tests. */
public final class Api {

    private Api() {
    }

    /** Every event (all pages, 500 at a time) matching the query, as JSON objects. */
    public static List<Map<String, Object>> events(String query) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            String url = "/api/v1/events?limit=500" + (query.isEmpty() ? "" : "&" + query)
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonPath page = given().get(url).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return all;
    }

    /** The titles of every event matching the query, in the order served. */
    public static List<String> titles(String query) {
        return events(query).stream().map(event -> (String) event.get("title")).toList();
    }
}
