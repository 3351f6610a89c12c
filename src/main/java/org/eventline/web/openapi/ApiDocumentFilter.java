package org.eventline.web.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import org.eventline.web.Problem;

/**
 * Completes the generated document where annotations cannot: documents on every operation the
 * answers every operation can give (problem+json errors, 304 for conditional reads, the ETag
 * header), written once here so no resource can forget them; and writes vocabulary enums with the
 * lowercase codes the API really uses (SmallRye lists Java constant names).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                (method, operation) -> document(path, method, operation)));
    }

    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values != null && values.stream().allMatch(value -> value instanceof String text && text.equals(text.toUpperCase(Locale.ROOT)))) {
            schema.setEnumeration(values.stream().map(value -> (Object) ((String) value).toLowerCase(Locale.ROOT)).toList());
        }
        return schema;
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (method == PathItem.HttpMethod.GET) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader("ETag", header("Entity tag of this answer; send it back in If-None-Match to get a 304."));
            }
            addIfAbsent(responses, "304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match matched the current ETag."));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            documentWrite(method, responses);
        }
        boolean hasQuery = operation.getParameters() != null && !operation.getParameters().isEmpty();
        addIfAbsent(responses, "400", problem(hasQuery
                ? "Invalid parameter: the errors array names each offending parameter (unknown parameters are refused)."
                : "Invalid parameter: this operation takes no query parameters."));
        if (path.contains("{")) {
            addIfAbsent(responses, "404", problem("No resource with this id or slug."));
        }
        addIfAbsent(responses, "406", problem("None of the formats in Accept can be produced."));
        addIfAbsent(responses, "500", problem("Unexpected error; the detail carries an error id, never internals."));
        addIfAbsent(responses, "503", problem("The database is unreachable; retry after the Retry-After seconds.")
                .headers(Map.of("Retry-After", header("Seconds to wait before retrying."))));
    }

    /** The answers of an operation that needs a token; SmallRye adds bare 401 and 403, replaced here. */
    private static void documentWrite(PathItem.HttpMethod method, APIResponses responses) {
        responses.addAPIResponse("401", problem("No valid bearer token; the WWW-Authenticate header says why.")
                .headers(Map.of("WWW-Authenticate", header("Bearer realm=\"eventline\", with error=\"invalid_token\" for a refused token."))));
        responses.addAPIResponse("403", problem("The token's roles (its groups claim) include none this operation allows."));
        responses.addAPIResponse("400", problem("Invalid body: the errors array names each offending field, as in claims[0].min."));
        if (method != PathItem.HttpMethod.DELETE) {
            addIfAbsent(responses, "422", problem("The body names records that do not exist (an actor's slug, a related "
                    + "event's id); the errors array names each such field."));
        }
        addIfAbsent(responses, "409", problem("A conflicting write: the id or key is taken, or another write changed this "
                + "record first; read it again and retry."));
        if (method != PathItem.HttpMethod.POST) {
            addIfAbsent(responses, "410", problem("The resource was retired; its history remains."));
            addIfAbsent(responses, "412", problem("If-Match names an ETag that is no longer current: read the resource again."));
            addIfAbsent(responses, "428", problem("If-Match is missing: send the ETag of the resource as last read."));
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, APIResponse response) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, response);
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
