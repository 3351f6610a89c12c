package org.eventline.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Short calls to the running API for tests: every item of a paged list, walking all its pages. */
public final class Api {

    private Api() {
    }

    /** Every event matching the query; the query is written plainly (RestAssured encodes it). */
    public static List<Map<String, Object>> events(String query) {
        return walk("/api/v1/events", query, true);
    }

    /** Every event matching the query, walking pages of this size through their cursors. */
    public static List<Map<String, Object>> events(String query, int pageSize) {
        return walk("/api/v1/events", query, true, pageSize);
    }

    /** The titles of every event matching the query, in the order served. */
    public static List<String> titles(String query) {
        return events(query).stream().map(event -> (String) event.get("title")).toList();
    }

    /** Every item of the list at the path; the query is sent as written, so percent-encode it (q=white%20helmets). */
    public static List<Map<String, Object>> items(String path, String encodedQuery) {
        return walk(path, encodedQuery, false);
    }

    public static List<String> slugs(String path, String encodedQuery) {
        return items(path, encodedQuery).stream().map(item -> (String) item.get("slug")).toList();
    }

    public static List<String> titles(String path, String encodedQuery) {
        return items(path, encodedQuery).stream().map(item -> (String) item.get("title")).toList();
    }

    private static List<Map<String, Object>> walk(String path, String query, boolean encode) {
        return walk(path, query, encode, 500);
    }

    private static List<Map<String, Object>> walk(String path, String query, boolean encode, int pageSize) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            String url = path + "?limit=" + pageSize + (query.isEmpty() ? "" : "&" + query) + (cursor == null ? "" : "&cursor=" + cursor);
            JsonPath page = given().urlEncodingEnabled(encode).get(url).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return all;
    }
}
