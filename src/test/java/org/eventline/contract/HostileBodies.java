package org.eventline.contract;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bodies a hostile client sends to a write, derived from its body schema and a valid body:
 * malformed, truncated, empty, of the wrong shape, deeply nested, oversized, with duplicate keys
 * or trailing content, of the wrong Content-Type, and for each property (nested ones included) a
 * value of every other JSON type and the values Java coerces or takes and PostgreSQL refuses.
 */
final class HostileBodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int NESTING = 10_000;
    private static final int OVERSIZED = 3 * 1024 * 1024;
    /** How deep into nested objects and array items the per-property values go. */
    private static final int DEPTH = 2;

    private HostileBodies() {
    }

    /** A body to send: its Content-Type (null for none) and its bytes, made from a fresh valid body. */
    record Variant(String label, String contentType, Function<ObjectNode, byte[]> body) {
    }

    /** Variants of a JSON body (application/json, application/merge-patch+json). */
    static List<Variant> json(String mediaType, ApiSchema schema) {
        List<Variant> variants = new ArrayList<>(whole(mediaType));
        variants.add(new Variant("oversized string", mediaType, base -> bytes(withOversizedString(base, schema))));
        if (schema.properties().values().stream().anyMatch(property -> property.type().equals("array"))) {
            variants.add(new Variant("more items than maxItems", mediaType, base -> bytes(withTooManyItems(base, schema))));
        }
        variants.add(new Variant("duplicate key", mediaType, base -> text(duplicateFirstKey(base))));
        for (String contentType : new String[] {null, "text/plain", "*/*", "application/xml", "application/x-www-form-urlencoded",
                mediaType + "; charset=ebcdic", "application/json-patch+json"}) {
            if (!mediaType.equals(contentType)) {
                variants.add(new Variant("Content-Type " + contentType, contentType, base -> text(base.toString())));
            }
        }
        properties(variants, mediaType, schema, List.of(), 0);
        return variants;
    }

    /** A clean line of this media type (the valid event as NDJSON, the sample UCDP row): it must import. */
    static Variant cleanLine(String mediaType) {
        return new Variant("clean line", mediaType,
                base -> text(mediaType.contains("csv") ? UcdpSample.csv(UcdpSample.row("", "")) : base + "\n"));
    }

    /** Variants of a line-based import body (NDJSON of JSON entries, or CSV): every hostile body as a line. */
    static List<Variant> lines(String mediaType) {
        List<Variant> variants = new ArrayList<>(whole(mediaType));
        if (mediaType.contains("csv")) {
            // cells of the sample row (214797,2016,...,"SOHR",...,34.802462,36.707602,...,"2016-01-01",...,4,4,4)
            csvRow(variants, mediaType, "unterminated quote", ",\"SOHR\",", ",\"SOHR,");
            csvRow(variants, mediaType, "NUL in a cell", "Teir Maaleh", "Teir\u0000Maaleh");
            csvRow(variants, mediaType, "id not a number", "^", "abc");
            csvRow(variants, mediaType, "latitude 999", "34.802462", "999");
            csvRow(variants, mediaType, "date +999999999-12-31", "\"2016-01-01\",\"2016-01-01\"", "\"+999999999-12-31\",\"2016-01-01\"");
            csvRow(variants, mediaType, "best 1.9", ",4,4,4", ",4,1.9,4");
            csvRow(variants, mediaType, "best -1", ",4,4,4", ",4,-1,4");
            csvRow(variants, mediaType, "one column too many", ",4,4,4", ",4,4,4,4");
            csvRow(variants, mediaType, "huge cell", "Teir Maaleh", "a".repeat(OVERSIZED));
            variants.add(new Variant("header only", mediaType, base -> text(UcdpSample.header() + "\n")));
        } else {
            variants.add(new Variant("NUL in a text", mediaType, base -> text(base.put("title", "a\u0000b") + "\n")));
            variants.add(new Variant("+999999999-12-31 as a date", mediaType,
                    base -> text(JsonPointer.set(base, List.of("date", "start"), JSON.textNode("+999999999-12-31")) + "\n")));
            variants.add(new Variant("min 1.9", mediaType,
                    base -> text(JsonPointer.set(base, List.of("claims", 0, "min"), JSON.numberNode(1.9)) + "\n")));
            variants.add(new Variant("actors [null]", mediaType, base -> text(base.set("actors", JSON.arrayNode().addNull()) + "\n")));
        }
        return variants;
    }

    /** The sample UCDP row with one cell made hostile; "^" puts the replacement in the id. */
    private static void csvRow(List<Variant> variants, String mediaType, String label, String text, String replacement) {
        variants.add(new Variant(label, mediaType, base -> text(UcdpSample.csv(UcdpSample.row(text, replacement)))));
    }

    private static List<Variant> whole(String mediaType) {
        List<Variant> variants = new ArrayList<>();
        Map<String, Function<ObjectNode, String>> texts = new LinkedHashMap<>();
        texts.put("malformed", base -> "{\"title\" \"x\"}");
        texts.put("unquoted", base -> "{title: x}");
        texts.put("truncated", base -> base.toString().substring(0, base.toString().length() / 2));
        texts.put("empty", base -> "");
        texts.put("whitespace", base -> " \n\t ");
        texts.put("null", base -> "null");
        texts.put("array instead of object", base -> "[" + base + "]");
        texts.put("empty array", base -> "[]");
        texts.put("string", base -> "\"text\"");
        texts.put("number", base -> "42");
        texts.put("deeply nested arrays", base -> "[".repeat(NESTING) + "]".repeat(NESTING));
        texts.put("deeply nested objects", base -> "{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING));
        texts.put("trailing garbage", base -> base + "garbage");
        texts.put("two values", base -> base + "{}");
        texts.put("extra brace", base -> base + "}");
        // after the opening brace, which every body has (a body of one field, as a merge's, has no comma)
        texts.put("NUL byte outside strings", base -> base.toString().replaceFirst("\\{", "{\u0000"));
        texts.put("invalid UTF-8", base -> base.toString().replaceFirst("\\{", "{\"\u00ff\u00fe\":1,"));
        texts.forEach((label, text) -> variants.add(new Variant(label, mediaType,
                label.equals("invalid UTF-8") ? base -> text.apply(base).getBytes(StandardCharsets.ISO_8859_1) : base -> text(text.apply(base)))));
        return variants;
    }

    private static void properties(List<Variant> variants, String mediaType, ApiSchema schema, List<Object> path, int depth) {
        schema.properties().forEach((name, property) -> {
            List<Object> at = append(path, name);
            for (JsonNode wrong : wrongValues(property)) {
                variants.add(new Variant(JsonPointer.text(at) + " = " + abbreviated(wrong), mediaType, base -> bytes(JsonPointer.set(base, at, wrong))));
            }
            if (depth < DEPTH && property.type().equals("object")) {
                properties(variants, mediaType, property, at, depth + 1);
            }
            if (depth < DEPTH && property.type().equals("array") && property.items().type().equals("object")) {
                properties(variants, mediaType, property.items(), append(at, 0), depth + 1);
            }
        });
    }

    static List<JsonNode> wrongValues(ApiSchema schema) {
        List<JsonNode> values = new ArrayList<>();
        String type = schema.type();
        if (!type.equals("string")) {
            values.add(JSON.textNode("5"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            values.add(JSON.numberNode(5));
        }
        if (!type.equals("boolean")) {
            values.add(JSON.booleanNode(true));
        }
        if (!type.equals("object")) {
            values.add(JSON.objectNode());
        }
        if (!type.equals("array")) {
            values.add(JSON.arrayNode());
        }
        switch (type) {
            case "string" -> {
                values.add(JSON.numberNode(1.5));
                values.add(JSON.textNode("a\u0000b"));
                schema.maxLength().ifPresent(max -> values.add(JSON.textNode("a".repeat((int) max + 1))));
                if (!schema.enumValues().isEmpty()) {
                    values.add(JSON.numberNode(3));
                    values.add(JSON.textNode("no-such-value"));
                    values.add(JSON.textNode(schema.enumValues().get(0).toUpperCase(Locale.ROOT)));
                }
                if (schema.isUuid()) {
                    values.add(JSON.textNode("not-a-uuid"));
                }
                if (schema.isDate()) {
                    values.add(JSON.numberNode(20161014));
                    values.add(JSON.textNode("0000-01-01"));
                    values.add(JSON.textNode("+999999999-12-31"));
                    values.add(JSON.textNode("2016-02-30"));
                }
            }
            case "integer" -> {
                values.add(JSON.numberNode(1.9));
                values.add(JSON.numberNode(new BigDecimal("1.0e-400")));
                values.add(JSON.numberNode(new BigDecimal("1e309")));
                values.add(JSON.numberNode(new BigInteger("99999999999999999999")));
            }
            case "number" -> values.add(JSON.numberNode(new BigDecimal("1e309")));
            case "boolean" -> values.add(JSON.textNode("true"));
            case "array" -> {
                values.add(JSON.arrayNode().addNull());
                values.add(JSON.arrayNode().add(JSON.arrayNode()));
            }
            default -> {
            }
        }
        return values;
    }

    private static ObjectNode withOversizedString(ObjectNode base, ApiSchema schema) {
        for (Map.Entry<String, ApiSchema> property : schema.properties().entrySet()) {
            if (property.getValue().type().equals("string") && property.getValue().enumValues().isEmpty() && !property.getValue().isUuid()) {
                return base.put(property.getKey(), "a".repeat(OVERSIZED));
            }
        }
        return base.put("oversized", "a".repeat(OVERSIZED));
    }

    private static ObjectNode withTooManyItems(ObjectNode base, ApiSchema schema) {
        for (Map.Entry<String, ApiSchema> property : schema.properties().entrySet()) {
            ApiSchema array = property.getValue();
            if (array.type().equals("array")) {
                JsonNode item = base.path(property.getKey()).path(0);
                ArrayNode items = base.putArray(property.getKey());
                for (long i = 0; i <= array.maxItems().orElse(10_000); i++) {
                    items.add(item.isMissingNode() ? JSON.textNode("x") : item.deepCopy());
                }
                return base;
            }
        }
        return base;
    }

    private static String duplicateFirstKey(ObjectNode base) {
        String first = base.fieldNames().next();
        return "{\"" + first + "\":" + (base.get(first).isTextual() ? "\"other\"" : "null") + "," + base.toString().substring(1);
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString().replace("\u0000", "\\u0000");
        return text.length() > 30 ? text.substring(0, 12) + "...(" + text.length() + " chars)" : text;
    }

    private static byte[] bytes(JsonNode body) {
        return text(body.toString());
    }

    private static byte[] text(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
