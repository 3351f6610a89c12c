package org.eventline.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served document says what a generated client needs to type the API exactly: required members, typed
 * enums, success answers without problem+json, the parameter limits, the headers, and who may call what.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String COMPONENT = "#/components/schemas/";

    private JsonNode document;

    @BeforeEach
    void read() throws Exception {
        document = ServedDocument.read();
    }

    @Test
    void everyAnswerSchemaListsItsRequiredMembers() {
        Set<String> bodies = new HashSet<>();
        Set<String> answers = new HashSet<>();
        for (ServedDocument.Operation operation : ServedDocument.operations(document)) {
            reach(operation.node().path("requestBody"), bodies);
            reach(operation.node().path("responses"), answers);
        }
        answers.removeAll(bodies);
        List<String> missing = new ArrayList<>();
        for (String name : answers) {
            JsonNode schema = document.path("components").path("schemas").path(name);
            if (schema.has("properties") && schema.path("required").isEmpty()) {
                missing.add(name);
            }
        }
        assertTrue(answers.contains("Event") && answers.contains("EventFeatureCollection") && answers.contains("TimelineJs"), answers.toString());
        assertEquals(List.of(), missing, "answer schemas without a required list");
    }

    @Test
    void everyEnumHasAType() {
        List<String> untyped = new ArrayList<>();
        ServedDocument.walk(document, "", node -> {
            if (node.getValue().isObject() && node.getValue().has("enum") && !node.getValue().has("type")) {
                untyped.add(node.getKey());
            }
        });
        assertEquals(List.of(), untyped);
    }

    @Test
    void successAnswersNeverListProblemJson() {
        for (ServedDocument.Operation operation : ServedDocument.operations(document)) {
            operation.node().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    assertFalse(response.getValue().path("content").has("application/problem+json"), operation + " " + response.getKey());
                }
            });
        }
    }

    @Test
    void everyListBoundsItsLimitAndEveryValueItsLength() {
        for (ServedDocument.Operation operation : ServedDocument.operations(document)) {
            boolean paged = operation.parameters().stream().anyMatch(parameter -> parameter.path("name").asText().equals("cursor"));
            for (JsonNode parameter : operation.parameters()) {
                String name = operation + " " + parameter.path("name").asText();
                JsonNode schema = parameter.path("schema");
                if (parameter.path("name").asText().equals("limit")) {
                    assertEquals(1, schema.path("minimum").asInt(), name);
                    assertEquals(500, schema.path("maximum").asInt(), name);
                }
                if (!parameter.path("in").asText().equals("query")) {
                    continue;
                }
                JsonNode value = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
                if (value.path("type").asText().equals("string") && !value.has("enum")) {
                    assertEquals(500, value.path("maxLength").asInt(), name);
                }
                if (schema.path("type").asText().equals("array") && parameter.has("example")) {
                    assertTrue(parameter.path("example").isArray(), name + ": a repeatable parameter's example is a list");
                }
            }
            if (paged) {
                assertTrue(operation.parameters().stream().anyMatch(parameter -> parameter.path("name").asText().equals("limit")), operation.toString());
                assertTrue(operation.node().path("responses").path("200").path("headers").has("Link"), operation + " documents Link");
            }
        }
    }

    @Test
    void headersOfReadsAndWritesAreDocumented() {
        for (ServedDocument.Operation operation : ServedDocument.operations(document)) {
            JsonNode responses = operation.node().path("responses");
            if (!operation.isWrite()) {
                assertTrue(responses.path("200").path("headers").has("ETag"), operation.toString());
                assertTrue(responses.path("200").path("headers").has("Cache-Control"), operation.toString());
                assertTrue(operation.parameters().stream().anyMatch(p -> p.path("name").asText().equals("If-None-Match")), operation.toString());
                if (responses.path("200").path("content").has("text/csv")) {
                    assertTrue(responses.path("200").path("headers").has("Content-Disposition"), operation.toString());
                }
            }
            if (responses.has("201")) {
                assertTrue(responses.path("201").path("headers").has("Location"), operation.toString());
                assertTrue(responses.path("201").path("headers").has("ETag"), operation.toString());
            }
            if (operation.node().has("requestBody")) {
                assertTrue(responses.path("415").path("content").has("application/problem+json"), operation + " documents 415");
            }
            if (List.of("put", "patch", "delete").contains(operation.method())) {
                assertTrue(operation.parameters().stream().anyMatch(p -> p.path("name").asText().equals("If-Match")), operation.toString());
            }
        }
    }

    @Test
    void readsArePublicAndEachWriteRoleIsAnAlternative() {
        for (ServedDocument.Operation operation : ServedDocument.operations(document)) {
            JsonNode security = operation.node().path("security");
            assertTrue(security.isArray(), operation + " states its security");
            if (!operation.isWrite()) {
                assertTrue(security.isEmpty(), operation + " is public: security []");
                continue;
            }
            assertFalse(security.isEmpty(), operation.toString());
            // one requirement object per role: alternatives are OR, the roles inside one object AND
            security.forEach(requirement -> requirement.fields().forEachRemaining(
                    scheme -> assertTrue(scheme.getValue().size() <= 1, operation + " " + requirement)));
        }
    }

    @Test
    void serversAndTagDescriptionsAreGiven() {
        assertFalse(document.path("servers").isEmpty());
        document.path("tags").forEach(tag -> assertFalse(tag.path("description").asText().isBlank(), tag.toString()));
    }

    private void reach(JsonNode node, Set<String> names) {
        ServedDocument.walk(node, "", entry -> {
            JsonNode ref = entry.getValue().path("$ref");
            if (ref.isTextual() && ref.asText().startsWith(COMPONENT)) {
                String name = ref.asText().substring(COMPONENT.length());
                if (names.add(name)) {
                    reach(document.path("components").path("schemas").path(name), names);
                }
            }
        });
    }
}
