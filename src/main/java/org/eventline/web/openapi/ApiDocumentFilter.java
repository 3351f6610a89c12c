package org.eventline.web.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Completes the generated document where annotations cannot, with the rules every operation or schema shares,
 * so no resource can forget them: the shared answers and headers (SharedAnswers), the shared parameter limits
 * (SharedParameters), who may call what, and the answer schemas' required members (AnswerSchemas).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            boolean write = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            SharedParameters.document(method, operation);
            SharedAnswers.document(path, method, operation, write);
            if (write) {
                documentRoles(operation);
            } else {
                // public: an empty requirement list says "no token needed", where an absent one says nothing
                operation.setSecurity(new ArrayList<>());
            }
        }));
        AnswerSchemas.requireMembers(openAPI);
        // relative, so Swagger UI and generated clients call the host that served the document, wherever it runs;
        // x-internal states the audience, as API inventories (OWASP API9) ask
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("production: the service that served this document").addExtension("x-internal", false))));
    }

    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values != null && !values.isEmpty() && values.stream().allMatch(String.class::isInstance)) {
            // SmallRye lists Java constant names; the API speaks the lowercase codes
            if (values.stream().allMatch(value -> value.equals(((String) value).toUpperCase(Locale.ROOT)))) {
                schema.setEnumeration(values.stream().map(value -> (Object) ((String) value).toLowerCase(Locale.ROOT)).toList());
            }
            // an enum without a type reads as "any" in Swagger UI and as unknown in generated clients
            if (schema.getType() == null || schema.getType().isEmpty()) {
                schema.addType(Schema.SchemaType.STRING);
            }
        }
        AnswerSchemas.keepNullBranch(schema);
        FormatLengths.limit(schema);
        return schema;
    }

    /**
     * @RolesAllowed means any one of its roles, but one requirement object listing several roles reads as all of
     * them: one requirement object per role, since alternatives in a security list are OR.
     */
    private static void documentRoles(Operation operation) {
        List<SecurityRequirement> alternatives = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            for (Map.Entry<String, List<String>> scheme : requirement.getSchemes().entrySet()) {
                List<String> scopes = scheme.getValue() == null ? List.of() : scheme.getValue();
                if (scopes.isEmpty()) {
                    alternatives.add(OASFactory.createSecurityRequirement().addScheme(scheme.getKey(), List.of()));
                }
                for (String role : scopes) {
                    alternatives.add(OASFactory.createSecurityRequirement().addScheme(scheme.getKey(), List.of(role)));
                    roles.add(role);
                }
            }
        }
        operation.setSecurity(alternatives);
        if (!roles.isEmpty()) {
            String needs = "Needs a bearer token whose groups claim holds " + (roles.size() == 1 ? "the role " + roles.get(0)
                    : "any one of the roles " + String.join(", ", roles)) + ".";
            operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + " " + needs);
            operation.addExtension("x-roles-any-of", roles);
        }
    }
}
