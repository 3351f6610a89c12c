package org.eventline.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventline.contract.ApiOperation.ApiBody;
import org.eventline.contract.ApiOperation.ApiParameter;
import org.eventline.contract.Attack.Request;
import org.eventline.contract.HostileValues.Hostile;

/**
 * For every operation and every parameter it declares (path, query, header), one attack per hostile
 * value, every other parameter valid; for reads also an unknown parameter and broken Accept headers.
 */
final class ParameterAttacks {

    private static final Pattern PATH_PARAMETER = Pattern.compile("([^/]+)/\\{([^}]+)}");

    private final SweepRecords records;

    ParameterAttacks(SweepRecords records) {
        this.records = records;
    }

    List<Attack> of(List<ApiOperation> operations) {
        List<Attack> attacks = new ArrayList<>();
        for (ApiOperation operation : operations) {
            for (ApiParameter parameter : operation.parameters()) {
                String repeatable = parameter.in().equals("header") ? "%22x%22" : valid(operation, parameter);
                for (Hostile hostile : HostileValues.of(parameter, repeatable)) {
                    attacks.add(new Attack(operation.method(), label(parameter, hostile),
                            () -> request(operation, parameter, hostile),
                            !operation.writes() && acceptable(parameter, hostile)));
                }
            }
            if (!operation.writes()) {
                for (String unknown : List.of("no_such_parameter=1", "%3Cscript%3E=1", "a%00=1", "=1")) {
                    attacks.add(new Attack(operation.method(), "unknown parameter", () -> withQuery(request(operation, null, null), unknown), false));
                }
                for (String accept : List.of("", ";;;", "application/json;q=abc", "*/*;q=0", "text/html%00")) {
                    attacks.add(new Attack(operation.method(), "header Accept: " + accept, () -> withHeader(request(operation, null, null), "Accept",
                            HostileValues.asHeader(accept)), true));
                }
            }
        }
        return attacks;
    }

    /** What the attack sent where the target does not show it: a header's value. */
    private static String label(ApiParameter parameter, Hostile hostile) {
        String label = parameter.in() + " " + parameter.name() + ", " + hostile.label();
        if (!parameter.in().equals("header")) {
            return label;
        }
        String value = String.join(" | ", hostile.raws());
        return label + ": " + (value.length() > 60 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value);
    }

    /** A 2xx is fine only for text a query may legitimately match nothing with, or a value sent twice that may repeat. */
    private static boolean acceptable(ApiParameter parameter, Hostile hostile) {
        if (hostile.label().equals("repeated") || hostile.label().equals("too many repeats") && parameter.schema().maxItems().isEmpty()) {
            return true;
        }
        if (hostile.label().equals("over maxLength") || hostile.label().equals("typed")) {
            return false;
        }
        ApiSchema element = parameter.schema().type().equals("array") ? parameter.schema().items() : parameter.schema();
        boolean freeText = element.type().equals("string") && element.enumValues().isEmpty() && !element.isUuid() && !element.isDate()
                && !parameter.description().contains("YYYY") && (parameter.example() == null || !parameter.example().matches("-?[0-9.]+(,.*)+"));
        return freeText || hostile.raws().equals(List.of(""));
    }

    private Request request(ApiOperation operation, ApiParameter attacked, Hostile hostile) {
        String path = path(operation, attacked, hostile);
        StringBuilder query = new StringBuilder();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (ApiParameter parameter : operation.parameters()) {
            boolean isAttacked = parameter == attacked;
            if (!isAttacked && !parameter.required() || parameter.in().equals("path")) {
                continue;
            }
            List<String> raws = isAttacked ? hostile.raws() : List.of(valid(operation, parameter));
            for (String raw : raws) {
                if (parameter.in().equals("query")) {
                    query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(raw);
                } else if (parameter.in().equals("header")) {
                    headers.add(Map.entry(parameter.name(), isAttacked ? HostileValues.asHeader(raw) : raw));
                }
            }
        }
        byte[] body = null;
        if (operation.writes()) {
            headers.add(Map.entry("Authorization", records.authorization()));
            if (!operation.bodies().isEmpty()) {
                ApiBody declared = operation.bodies().get(0);
                headers.add(Map.entry("Content-Type", declared.mediaType()));
                body = declared.mediaType().contains("json") && !declared.mediaType().contains("ndjson")
                        ? records.body(collection(operation.path()), operation.method().equals("POST")).toString().getBytes()
                        : new byte[0];
            }
        }
        return new Request(path + query, headers, body);
    }

    /** The path with valid values, or the hostile one in the attacked path parameter. */
    private String path(ApiOperation operation, ApiParameter attacked, Hostile hostile) {
        Matcher matcher = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            boolean isAttacked = attacked != null && attacked.in().equals("path") && attacked.name().equals(matcher.group(2));
            String value = isAttacked ? hostile.raws().get(0) : records.pathValue(matcher.group(1));
            matcher.appendReplacement(path, Matcher.quoteReplacement(matcher.group(1) + "/" + value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private String valid(ApiOperation operation, ApiParameter parameter) {
        if (parameter.in().equals("header")) {
            return parameter.name().equalsIgnoreCase("If-Match") ? records.etag(path(operation, null, null)) : "\"x\"";
        }
        ApiSchema schema = parameter.schema().type().equals("array") ? parameter.schema().items() : parameter.schema();
        if (parameter.example() != null) {
            return parameter.example().replace(" ", "%20");
        }
        if (!schema.enumValues().isEmpty()) {
            return schema.enumValues().get(0);
        }
        return switch (schema.type()) {
            case "integer", "number" -> Long.toString(schema.minimum().orElse(1));
            case "boolean" -> "true";
            default -> schema.isUuid() ? records.eventId() : parameter.description().contains("YYYY") ? "2016" : "a";
        };
    }

    /** The collection an operation's path belongs to: /api/v1/actors/{id_or_slug} is of actors. */
    static String collection(String path) {
        String[] segments = path.split("/");
        return segments.length > 3 ? segments[3] : "";
    }

    private static Request withQuery(Request request, String query) {
        return new Request(request.target() + (request.target().contains("?") ? "&" : "?") + query, request.headers(), request.body());
    }

    private static Request withHeader(Request request, String name, String value) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
        headers.add(Map.entry(name, value));
        return new Request(request.target(), headers, request.body());
    }
}
