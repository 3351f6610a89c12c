package org.eventline.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.Test;

import org.eventline.support.Tokens;

/**
 * Every write operation the committed openapi.yaml lists is closed to callers without a valid
 * token (401 with WWW-Authenticate) and to tokens without one of its roles (403), before its body
 * is even read; reads stay open to everyone.
 */
@QuarkusTest
class WriteAuthorizationTest {

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

    record WriteOperation(String method, String path, String mediaType) {
        RequestSpecification request(RequestSpecification given) {
            return mediaType == null ? given : given.contentType(mediaType).body("{}".getBytes(StandardCharsets.UTF_8));
        }

        String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }

    @Test
    void apiDocumentListsWrites() throws IOException {
        List<WriteOperation> writes = writeOperations();
        assertFalse(writes.isEmpty(), "openapi.yaml lists no write operation");
        assertTrue(writes.stream().anyMatch(write -> write.method().equals("DELETE")), "no delete among " + writes);
    }

    @Test
    void everyWriteRefusesCallersWithoutToken() throws IOException {
        for (WriteOperation write : writeOperations()) {
            write.request(given()).request(write.method(), write.concretePath()).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void everyWriteRefusesTokensWithoutItsRole() throws IOException {
        String reader = Tokens.withRoles("reader-dan");
        for (WriteOperation write : writeOperations()) {
            write.request(given().auth().oauth2(reader)).request(write.method(), write.concretePath()).then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403));
        }
    }

    @Test
    void everyWriteRefusesForgedOrForeignTokens() throws IOException {
        for (String token : List.of(Tokens.signedByAnotherKey(), Tokens.fromAnotherIssuer(), "not-a-jwt")) {
            for (WriteOperation write : writeOperations()) {
                write.request(given().auth().oauth2(token)).request(write.method(), write.concretePath()).then()
                        .statusCode(401)
                        .contentType("application/problem+json")
                        .header("WWW-Authenticate", containsString("invalid_token"));
            }
        }
    }

    @Test
    void readsStayPublicEvenWithABrokenToken() {
        given().get("/api/v1/events?limit=1").then().statusCode(200);
        given().auth().oauth2("not-a-jwt").get("/api/v1/events?limit=1").then().statusCode(200);
        given().get("/api/v1/changes?limit=1").then().statusCode(200);
    }

    private static List<WriteOperation> writeOperations() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of("openapi.yaml"), StandardCharsets.UTF_8));
        List<WriteOperation> writes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                if (WRITE_METHODS.contains(operation.getKey())) {
                    JsonNode content = operation.getValue().path("requestBody").path("content");
                    String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                    writes.add(new WriteOperation(operation.getKey().toUpperCase(), path.getKey(), mediaType));
                }
            }
        }
        return writes;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
