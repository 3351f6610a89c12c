package org.eventline.web.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Real answers of the running service validate against the schemas the served document gives them, so a member
 * the document calls required is always there and one it calls non-null is never null: the nullability in the
 * document is what the server sends, not a guess. Every record of the bundled dataset is read.
 */
@QuarkusTest
class OpenApiAnswersTest {

    private static final String BASE = "https://eventline.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchemaFactory schemas;

    @BeforeEach
    void load() throws Exception {
        String document = JSON.writeValueAsString(ServedDocument.read());
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, document))));
    }

    @Test
    void eventPagesExportsAndDetailsMatchTheirSchemas() {
        conforms("/api/v1/events", "get", "application/json", "/api/v1/events?limit=500&count=true");
        conforms("/api/v1/events", "get", "application/json", "/api/v1/events?format=timelinejs");
        conforms("/api/v1/events", "get", "application/geo+json", "/api/v1/events?format=geojson");
        conforms("/api/v1/events", "get", "application/json", "/api/v1/events?limit=1&from=1900&to=1900");
        for (String id : values("/api/v1/events?limit=500", "id")) {
            conforms("/api/v1/events/{id}", "get", "application/json", "/api/v1/events/" + id);
            conforms("/api/v1/events/{id}/history", "get", "application/json", "/api/v1/events/" + id + "/history");
        }
        conforms("/api/v1/changes", "get", "application/json", "/api/v1/changes?limit=500");
    }

    @Test
    void recordsAndTheirEventsMatchTheirSchemas() {
        for (String kind : List.of("actors", "locations", "sources")) {
            conforms("/api/v1/" + kind, "get", "application/json", "/api/v1/" + kind + "?limit=500&count=true");
            for (String slug : values("/api/v1/" + kind + "?limit=500", "slug")) {
                conforms("/api/v1/" + kind + "/{id_or_slug}", "get", "application/json", "/api/v1/" + kind + "/" + slug);
                if (!kind.equals("sources")) {
                    conforms("/api/v1/" + kind + "/{id_or_slug}/events", "get", "application/json",
                            "/api/v1/" + kind + "/" + slug + "/events?limit=500");
                }
            }
        }
        conforms("/api/v1/actors/{id_or_slug}/events", "get", "application/geo+json", "/api/v1/actors/sergey-lavrov/events?format=geojson");
        conforms("/api/v1/locations/{id_or_slug}/events", "get", "application/json", "/api/v1/locations/aleppo/events?format=timelinejs");
    }

    @Test
    void taxonomyStatisticsAndProblemsMatchTheirSchemas() {
        conforms("/api/v1/event-types", "get", "application/json", "/api/v1/event-types");
        // bounded to the bundled dataset's years: other tests add events far apart, and 5,000 buckets is the limit
        conforms("/api/v1/stats/timeline", "get", "application/json", "/api/v1/stats/timeline?interval=year&from=2011&to=2017");
        for (String grouping : List.of("type", "category", "actor", "location")) {
            conforms("/api/v1/stats/timeline", "get", "application/json",
                    "/api/v1/stats/timeline?interval=month&from=2016&to=2016&group_by=" + grouping);
        }
        conforms("/api/v1/stats/figures", "get", "application/json", "/api/v1/stats/figures?measure=killed&interval=year&from=2011&to=2017");
        for (String grouping : List.of("location", "governorate", "actor", "group_actor")) {
            conforms("/api/v1/stats/figures", "get", "application/json",
                    "/api/v1/stats/figures?measure=killed&interval=month&from=2016&to=2016&group_by=" + grouping);
        }
        conforms("/api/v1/claims", "get", "application/json", "/api/v1/claims?limit=500&count=true");
        Map<String, String> problems = Map.of(
                "/api/v1/events?from=2016-02-30&limit=0", "400",
                "/api/v1/events/" + "00000000-0000-0000-0000-000000000000", "404",
                "/api/v1/actors/no-such-actor", "404");
        problems.forEach((url, status) -> {
            Response answer = given().get(url);
            assertEquals(Integer.parseInt(status), answer.statusCode(), url);
            validate(SchemaLocation.of(BASE + "#/components/schemas/Problem"), answer.asString(), url);
        });
    }

    private static void conforms(String path, String method, String mediaType, String url) {
        Response answer = given().get(url);
        assertEquals(200, answer.statusCode(), url + ": " + answer.asString());
        String pointer = "/paths/" + escape(path) + "/" + method + "/responses/200/content/" + escape(mediaType) + "/schema";
        validate(SchemaLocation.of(BASE + "#" + pointer), answer.asString(), url);
    }

    private static void validate(SchemaLocation location, String body, String url) {
        JsonSchema schema = schemas.getSchema(location);
        try {
            Set<ValidationMessage> problems = schema.validate(JSON.readTree(body));
            assertEquals(Set.of(), problems, url + " does not match " + location);
        } catch (IOException unreadable) {
            throw new AssertionError(url + " is not JSON", unreadable);
        }
    }

    private static List<String> values(String url, String member) {
        List<String> values = new ArrayList<>(given().get(url).then().statusCode(200).extract().jsonPath().getList("items." + member));
        assertFalse(values.isEmpty(), url);
        return values;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
