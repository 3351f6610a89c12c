package org.eventline.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

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
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi.yaml is missing; create it with: " + REFRESH);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode expected = yaml.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        JsonNode actual = yaml.readTree(served);
        assertEquals(expected, actual, "openapi.yaml differs from the served document; refresh it with: " + REFRESH);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
