package org.eventline.web.openapi;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The OpenAPI document the running service serves, as JSON, with its operations listed for tests. */
final class ServedDocument {

    record Operation(String path, String method, JsonNode node) {

        boolean isWrite() {
            return !method.equals("get");
        }

        List<JsonNode> parameters() {
            List<JsonNode> parameters = new ArrayList<>();
            node.path("parameters").forEach(parameters::add);
            return parameters;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private ServedDocument() {
    }

    private static JsonNode served;

    /** Read once per test run, on first use: RestAssured knows the test server's port only once it has started. */
    static synchronized JsonNode read() throws Exception {
        if (served == null) {
            String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            served = new ObjectMapper().readTree(json);
        }
        return served;
    }

    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (List.of("get", "put", "post", "patch", "delete").contains(method.getKey())) {
                operations.add(new Operation(path.getKey(), method.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    /** Visits every node of the document, with its JSON pointer. */
    static void walk(JsonNode node, String pointer, Consumer<Map.Entry<String, JsonNode>> visitor) {
        visitor.accept(Map.entry(pointer, node));
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> walk(field.getValue(), pointer + "/" + field.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
