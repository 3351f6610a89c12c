package org.eventline.web.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The members of the API's answers, exactly: Jackson writes every member of an answer record, null or not, so
 * every property of an answer schema is required unless the record lists the ones it always writes (a record
 * that leaves out null members, or a streamed format whose members are optional); and a nullable member reads
 * as its type or null. Request bodies keep their optional members: the rule is for answers only.
 */
final class AnswerSchemas {

    private static final String COMPONENT = "#/components/schemas/";

    private AnswerSchemas() {
    }

    static void requireMembers(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> answers = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> reach(response.getContent(), components, answers));
            }
            if (operation.getRequestBody() != null) {
                reach(operation.getRequestBody().getContent(), components, bodies);
            }
        }));
        answers.removeAll(bodies);
        for (String name : answers) {
            Schema schema = components.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    /**
     * SmallRye writes a nullable reference as anyOf [ref, null] but keeps a type beside it (object, string) that
     * refuses the null again: the anyOf alone says it.
     */
    static void keepNullBranch(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        boolean nullBranch = anyOf != null && anyOf.stream()
                .anyMatch(branch -> branch.getType() != null && branch.getType().equals(List.of(Schema.SchemaType.NULL)));
        if (nullBranch) {
            schema.setType(null);
        }
    }

    private static void reach(Content content, Map<String, Schema> components, Set<String> names) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> walk(media.getSchema(), components, names));
        }
    }

    private static void walk(Schema schema, Map<String, Schema> components, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT)) {
            String name = schema.getRef().substring(COMPONENT.length());
            if (names.add(name)) {
                walk(components.get(name), components, names);
            }
        }
        Consumer<Schema> next = child -> walk(child, components, names);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(next);
        }
        next.accept(schema.getItems());
        next.accept(schema.getAdditionalPropertiesSchema());
        for (List<Schema> branches : Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (branches != null) {
                branches.forEach(next);
            }
        }
    }
}
