package org.eventline.web.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import org.eventline.web.ETags;
import org.eventline.web.QueryParameters;
import org.eventline.write.EntryConstraints;

/**
 * The parameter rules QueryParameters applies to every operation, stated in the document: the page size bounds,
 * the length and count limits of every value, and the conditional-read header.
 */
final class SharedParameters {

    private SharedParameters() {
    }

    static void document(PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        for (Parameter parameter : parameters) {
            if (parameter.getSchema() == null) {
                continue;
            }
            switch (parameter.getIn()) {
                case QUERY -> documentQuery(parameter);
                // no record has a longer id or slug: a longer one names nothing (404)
                case PATH -> limitLength(parameter.getSchema(), EntryConstraints.SLUG);
                case HEADER -> limitLength(parameter.getSchema(), ETags.MAX_CONDITION_LENGTH);
                default -> { }
            }
        }
        if (method == PathItem.HttpMethod.GET && parameters.stream().noneMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()))) {
            parameters.add(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("The ETag of an earlier answer: 304 without a body when it is still current.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(ETags.MAX_CONDITION_LENGTH)));
        }
        operation.setParameters(parameters);
    }

    private static void documentQuery(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if ("limit".equals(parameter.getName())) {
            schema.setType(List.of(Schema.SchemaType.INTEGER));
            schema.setFormat("int32");
            schema.setMinimum(BigDecimal.ONE);
            schema.setMaximum(BigDecimal.valueOf(QueryParameters.MAX_LIMIT));
            if (schema.getDefaultValue() == null) {
                schema.setDefaultValue(QueryParameters.DEFAULT_LIMIT);
            }
        }
        if (has(schema, Schema.SchemaType.ARRAY)) {
            schema.setMaxItems(QueryParameters.MAX_VALUES);
            if (schema.getItems() != null) {
                limitLength(schema.getItems(), QueryParameters.MAX_VALUE_LENGTH);
            }
            // a repeatable parameter's example is a list, one value per repetition
            if (parameter.getExample() instanceof String single) {
                parameter.setExample(List.of(single));
            }
        } else {
            limitLength(schema, QueryParameters.MAX_VALUE_LENGTH);
        }
    }

    private static void limitLength(Schema schema, int length) {
        if (has(schema, Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(length);
        }
    }

    private static boolean has(Schema schema, Schema.SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }
}
