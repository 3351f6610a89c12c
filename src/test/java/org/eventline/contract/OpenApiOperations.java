package org.eventline.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.eventline.contract.ApiOperation.ApiBody;
import org.eventline.contract.ApiOperation.ApiParameter;

/** Every operation of a served OpenAPI document, with its parameters (path-level ones included) and bodies. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete", "head");

    private OpenApiOperations() {
    }

    static List<ApiOperation> of(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(operation(document, path.getKey(), path.getValue(), entry.getKey(), entry.getValue()));
            }
        }));
        return operations;
    }

    private static ApiOperation operation(JsonNode document, String path, JsonNode pathItem, String method, JsonNode operation) {
        Map<String, ApiParameter> parameters = new LinkedHashMap<>();
        for (JsonNode declared : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : declared) {
                JsonNode resolved = parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
                ApiParameter read = new ApiParameter(resolved.path("name").asText(), resolved.path("in").asText(),
                        ApiSchema.of(resolved.get("schema"), document), resolved.path("required").asBoolean(false),
                        example(resolved), resolved.path("description").asText(""));
                parameters.put(read.in() + ":" + read.name(), read);
            }
        }
        List<ApiBody> bodies = new ArrayList<>();
        operation.path("requestBody").path("content").fields().forEachRemaining(
                content -> bodies.add(new ApiBody(content.getKey(), ApiSchema.of(content.getValue().get("schema"), document))));
        boolean secured = operation.has("security") ? hasRequirement(operation.get("security")) : hasRequirement(document.path("security"));
        return new ApiOperation(method.toUpperCase(Locale.ROOT), path, List.copyOf(parameters.values()), bodies, secured);
    }

    private static String example(JsonNode parameter) {
        JsonNode example = parameter.has("example") ? parameter.get("example") : parameter.path("schema").path("example");
        if (example.isMissingNode() && parameter.path("examples").isObject()) {
            example = parameter.get("examples").elements().hasNext() ? parameter.get("examples").elements().next().path("value") : example;
        }
        if (example.isArray()) {
            example = example.path(0);
        }
        return example.isMissingNode() || example.isNull() ? null : example.asText();
    }

    private static boolean hasRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }
}
