package org.eventline.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eventline.contract.ApiOperation.ApiBody;
import org.eventline.contract.ApiOperation.ApiParameter;
import org.eventline.contract.Attack.Request;
import org.eventline.contract.HostileBodies.Variant;

/**
 * For every write with a request body, one attack per hostile body of each media type it takes,
 * sent by an admin with the current ETag to a record of the sweep's own; a valid body first, so a
 * sweep that lost its aim (every body refused for another reason) shows as a failure too.
 */
final class BodyAttacks {

    private final SweepRecords records;

    BodyAttacks(SweepRecords records) {
        this.records = records;
    }

    /** The valid bodies: each must be accepted, or the hostile ones prove nothing. */
    List<Attack> valid(List<ApiOperation> operations) {
        List<Attack> attacks = new ArrayList<>();
        for (ApiOperation operation : operations) {
            for (ApiBody body : operation.bodies()) {
                Variant valid = isJson(body.mediaType()) ? new Variant("valid", body.mediaType(), base -> base.toString().getBytes())
                        : HostileBodies.cleanLine(body.mediaType());
                attacks.add(new Attack(operation.method(), "valid " + body.mediaType() + " body", () -> request(operation, body.mediaType(), valid), true));
            }
        }
        return attacks;
    }

    List<Attack> of(List<ApiOperation> operations) {
        List<Attack> attacks = new ArrayList<>();
        for (ApiOperation operation : operations) {
            for (ApiBody body : operation.bodies()) {
                boolean json = isJson(body.mediaType());
                List<Variant> variants = json ? HostileBodies.json(body.mediaType(), body.schema()) : HostileBodies.lines(body.mediaType());
                for (Variant variant : variants) {
                    // an import reports refused lines in a 200; a JSON write must refuse the body
                    attacks.add(new Attack(operation.method(), body.mediaType() + " body: " + variant.label(),
                            () -> request(operation, body.mediaType(), variant), !json));
                }
            }
        }
        return attacks;
    }

    private Request request(ApiOperation operation, String mediaType, Variant variant) {
        String collection = ParameterAttacks.collection(operation.path());
        boolean merge = operation.path().endsWith("/merge");
        String path = operation.path().replaceAll("\\{[^}]+}", merge ? records.throwaway(collection) : records.pathValue(collection));
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Authorization", records.authorization()));
        if (variant.contentType() != null) {
            headers.add(Map.entry("Content-Type", variant.contentType()));
        }
        if (ifMatch(operation).isPresent()) {
            // a merge's precondition is the merged record's ETag
            headers.add(Map.entry("If-Match", records.etag(merge ? path.substring(0, path.length() - "/merge".length()) : path)));
        }
        String query = mediaType.contains("csv") ? formatFor(operation, mediaType).map(format -> "?format=" + format).orElse("") : "";
        ObjectNode base = merge ? records.mergeBody(collection) : records.body(collection.equals("imports") ? "events" : collection,
                !operation.method().equals("PUT") && !operation.method().equals("PATCH"));
        return new Request(path + query, headers, variant.body().apply(base));
    }

    private static Optional<ApiParameter> ifMatch(ApiOperation operation) {
        return operation.parameters().stream().filter(parameter -> parameter.name().equalsIgnoreCase("If-Match")).findFirst();
    }

    /** The value of the operation's format parameter that names a CSV layout (ucdp-ged for text/csv). */
    private static Optional<String> formatFor(ApiOperation operation, String mediaType) {
        return operation.parameters().stream().filter(parameter -> parameter.name().equals("format"))
                .flatMap(parameter -> parameter.schema().enumValues().stream()).filter(value -> !value.contains("json")).findFirst();
    }

    private static boolean isJson(String mediaType) {
        return mediaType.contains("json") && !mediaType.contains("ndjson");
    }
}
