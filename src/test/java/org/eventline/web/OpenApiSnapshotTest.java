package org.eventline.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed openapi.yaml is the document the service serves. When the code changes the API,
 * this fails until the file is refreshed with the command in the message (never edit it by hand).
 */
@QuarkusTest
class OpenApiSnapshotTest {

    private static final Path COMMITTED = Path.of("openapi.yaml");
    private static final String REFRESH = "mvn test -Dtest=OpenApiSnapshotTest -Dopenapi.update=true";

    @Test
    void servedDocumentEqualsTheCommittedOpenapiYaml() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode actual = yaml.readTree(served);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, quoted().writeValueAsString(actual), StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi.yaml is missing; create it with: " + REFRESH);
        JsonNode expected = yaml.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertEquals(expected, actual, "openapi.yaml differs from the served document; refresh it with: " + REFRESH);
    }

    /** A YAML 1.1 parser (SnakeYAML, PyYAML, older tools) reads a plain 2016-10-14 as a date: every string is quoted. */
    @Test
    void committedDocumentHoldsNoValueAYaml11ParserReadsAsADate() throws Exception {
        Object document = new Yaml().load(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        List<Object> dates = new ArrayList<>();
        collectDates(document, dates);
        assertEquals(List.of(), dates, "refresh openapi.yaml with: " + REFRESH);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static ObjectMapper quoted() {
        return new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());
    }

    private static void collectDates(Object node, List<Object> dates) {
        if (node instanceof Date) {
            dates.add(node);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectDates(value, dates));
        } else if (node instanceof Collection<?> list) {
            list.forEach(value -> collectDates(value, dates));
        }
    }
}
