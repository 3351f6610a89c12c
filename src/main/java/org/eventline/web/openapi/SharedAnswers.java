package org.eventline.web.openapi;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.eventline.web.Problem;
import org.eventline.web.WriteBodies;

/**
 * The answers every operation can give and the headers they carry, documented once: problem+json errors (and
 * only as errors), 304 and the caching headers of reads, the paging Link, the download's file name, and what a
 * write answers with.
 */
final class SharedAnswers {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    /** A bound for linters that want one on every string; no header the API sends comes near it. */
    private static final int HEADER_LENGTH = 8192;

    private SharedAnswers() {
    }

    static void document(String path, PathItem.HttpMethod method, Operation operation, boolean write) {
        APIResponses responses = operation.getResponses();
        // @Produces lists problem+json so errors can be written; a success is never one
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.getContent().removeMediaType(Problem.MEDIA_TYPE);
            }
        });
        if (method == PathItem.HttpMethod.GET) {
            documentRead(operation, responses);
        }
        if (write) {
            documentWrite(method, operation, responses);
        }
        boolean hasQuery = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY);
        addIfAbsent(responses, "400", problem(hasQuery
                ? "Invalid parameter: the errors array names each offending parameter (unknown parameters are refused)."
                : "Invalid parameter: this operation takes no query parameters."));
        if (path.contains("{")) {
            addIfAbsent(responses, "404", problem("No resource with this id or slug."));
        }
        addIfAbsent(responses, "406", problem("None of the formats in Accept can be produced."));
        addIfAbsent(responses, "500", problem("Unexpected error; the detail carries an error id, never internals."));
        addIfAbsent(responses, "503", problem("The database is unreachable; retry after the Retry-After seconds.")
                .headers(Map.of("Retry-After", header("Seconds to wait before retrying.", Schema.SchemaType.INTEGER))));
    }

    private static void documentRead(Operation operation, APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("Entity tag of this answer; send it back in If-None-Match to get a 304 "
                    + "(a single record's strong ETag is the one writes name in If-Match)."));
            ok.addHeader("Cache-Control", header("How long shared caches may keep the answer: public, max-age=60 "
                    + "(no-cache on the change feed)."));
            boolean paged = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(parameter -> "cursor".equals(parameter.getName()));
            if (paged) {
                ok.addHeader("Link", header("RFC 8288 link to the next page, <...>; rel=\"next\"; absent on the last page."));
            }
            if (ok.getContent() != null && ok.getContent().hasMediaType("text/csv")) {
                ok.addHeader("Content-Disposition", header("For a CSV export: attachment; filename=\"...\", "
                        + "a file name made from the filters."));
            }
        }
        addIfAbsent(responses, "304", OASFactory.createAPIResponse()
                .description("Not modified: If-None-Match matched the current ETag."));
    }

    /** The answers of an operation that needs a token; SmallRye adds bare 401 and 403, replaced here. */
    private static void documentWrite(PathItem.HttpMethod method, Operation operation, APIResponses responses) {
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", header("The new record's URL, under its collection."));
            created.addHeader("ETag", header("The new record's strong ETag, for the If-Match of the next write."));
        }
        APIResponse replaced = responses.getAPIResponse("200");
        if (replaced != null && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH)) {
            replaced.addHeader("ETag", header("The record's new strong ETag, for the If-Match of the next write."));
        }
        responses.addAPIResponse("401", problem("No valid bearer token; the WWW-Authenticate header says why.")
                .headers(Map.of("WWW-Authenticate", header("Bearer realm=\"eventline\", with error=\"invalid_token\" for a refused token."))));
        responses.addAPIResponse("403", problem("The token's roles (its groups claim) include none this operation allows."));
        responses.addAPIResponse("400", problem("Invalid body: the errors array names each offending field, as in claims[0].min."));
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "415", problem("The Content-Type is not one this operation documents for its body, "
                    + "or its charset is not UTF-8."));
            if (readsCuratedJson(operation)) {
                addIfAbsent(responses, "411", problem("The JSON body came without a Content-Length (chunked)."));
                addIfAbsent(responses, "413", problem("The JSON body is larger than " + WriteBodies.MAX_JSON_BYTES
                        + " bytes (2 MiB); imports take larger files."));
            }
        }
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

    private static boolean readsCuratedJson(Operation operation) {
        var content = operation.getRequestBody().getContent();
        return content != null && content.getMediaTypes() != null
                && content.getMediaTypes().keySet().stream().map(MediaType::valueOf).anyMatch(WriteBodies::isBounded);
    }

    private static void addIfAbsent(APIResponses responses, String status, APIResponse response) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, response);
        }
    }

    private static APIResponse problem(String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Header header(String description) {
        return header(description, Schema.SchemaType.STRING);
    }

    private static Header header(String description, Schema.SchemaType type) {
        Schema schema = OASFactory.createSchema().addType(type);
        if (type == Schema.SchemaType.STRING) {
            schema.setMaxLength(HEADER_LENGTH);
        } else {
            schema.setFormat("int32");
        }
        return OASFactory.createHeader().description(description).schema(schema);
    }
}
