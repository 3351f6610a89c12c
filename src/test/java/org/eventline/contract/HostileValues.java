package org.eventline.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eventline.contract.ApiOperation.ApiParameter;

/**
 * The values a hostile client puts in a parameter, derived from its declaration: wrong types for
 * its schema, out-of-bounds numbers, dates Java takes and PostgreSQL does not, huge, empty and
 * repeated values, control characters, malformed percent-encoding, unicode tricks and injection
 * strings. Each is written as it goes on the wire (percent-encoded, or deliberately not).
 */
final class HostileValues {

    private static final String HUGE = "a".repeat(10 * 1024);

    /** Whatever the type: text that breaks the decoder, the database or a template. */
    private static final List<String> ANY = List.of(
            "", "abc", "%00", "a%00b", "%01", "%7F", "a%0D%0Ab", "%0A",
            "%zz", "%", "%%", "a%2", "%%%garbage",
            "%E2%80%AEabc", "a%E2%80%8Bb", "%EF%BB%BF", "%ED%A0%80", "%C0%AF", "%F0%9F%92%A5", "%FF%FE",
            "'%20OR%201=1--", "%25'%20;select%20pg_sleep(20);--", "%3Cscript%3Ealert(1)%3C/script%3E",
            "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%24%7Bjndi:ldap://x%7D", "%7B%7B7*7%7D%7D", HUGE);

    private static final List<String> NUMBERS = List.of(
            "1.5", "-1", "0", "+5", "%2B5", "%EF%BC%95", "1e309", "99999999999999999999", "2147483648", "-2147483649",
            "0x10", "NaN", "Infinity", "%205", "5%20", "5abc");

    private static final List<String> BOOLEANS = List.of("yes", "1", "0", "TRUE", "tru", "true%20", "null", "%EF%BD%94rue");

    private static final List<String> DATES = List.of(
            "0000", "0000-01-01", "%2B999999999-12-31", "-0001", "2016-13-01", "2016-02-30", "99999", "2016-1-1",
            "2016-10-14T00:00:00Z", "1e309", "%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%96");

    private static final List<String> UUIDS = List.of(
            "not-a-uuid", "00000000-0000-0000-0000-000000000000", "00000000000000000000000000000000",
            "00000000-0000-0000-0000-00000000000g", "%7B00000000-0000-0000-0000-000000000000%7D", "0-0-0-0-0");

    private HostileValues() {
    }

    /** A value to send: the parameter once per raw value (twice for a repeated one). */
    record Hostile(String label, List<String> raws) {
    }

    static List<Hostile> of(ApiParameter parameter, String valid) {
        List<Hostile> values = new ArrayList<>();
        ApiSchema schema = parameter.schema();
        boolean array = schema.type().equals("array");
        ApiSchema element = array ? schema.items() : schema;
        for (String raw : typed(parameter, element)) {
            values.add(new Hostile("typed", List.of(raw)));
        }
        for (String raw : ANY) {
            values.add(new Hostile("any", List.of(raw)));
        }
        element.maxLength().ifPresent(max -> values.add(new Hostile("over maxLength", List.of("a".repeat((int) max + 1)))));
        if (!array) {
            values.add(new Hostile("repeated", List.of(valid, valid)));
            values.add(new Hostile("repeated, differing", List.of(valid, "abc")));
        } else {
            int count = (int) schema.maxItems().orElse(1000) + 1;
            values.add(new Hostile("too many repeats", Collections.nCopies(count, valid)));
        }
        return values;
    }

    private static List<String> typed(ApiParameter parameter, ApiSchema schema) {
        List<String> values = new ArrayList<>();
        switch (schema.type()) {
            case "integer", "number" -> {
                values.addAll(NUMBERS);
                schema.minimum().ifPresent(min -> values.add(Long.toString(min - 1)));
                schema.maximum().ifPresent(max -> values.add(Long.toString(max + 1)));
            }
            case "boolean" -> values.addAll(BOOLEANS);
            default -> {
            }
        }
        List<String> enumValues = schema.enumValues();
        if (!enumValues.isEmpty()) {
            String first = enumValues.get(0);
            values.addAll(List.of("no-such-value", first.toUpperCase(Locale.ROOT), "0", "3", first + "%20", first + "%00", first + ",x"));
        }
        if (schema.isDate() || parameter.description().contains("YYYY")) {
            values.addAll(DATES);
        }
        if (schema.isUuid()) {
            values.addAll(UUIDS);
        }
        String example = parameter.example();
        if (example != null && example.matches("-?[0-9.]+(,-?[0-9.]+)+")) {
            values.addAll(numberListMutations(example.split(",").length));
        }
        return values;
    }

    /** A comma-separated list of numbers (a bounding box): wrong count, empty parts, values no coordinate has. */
    private static List<String> numberListMutations(int count) {
        return List.of(String.join(",", Collections.nCopies(count, "NaN")), String.join(",", Collections.nCopies(count, "1e309")),
                String.join(",", Collections.nCopies(count, "999")), String.join(",", Collections.nCopies(count, "-999")),
                String.join(",", Collections.nCopies(count - 1, "1")), String.join(",", Collections.nCopies(count + 1, "1")),
                String.join(",", Collections.nCopies(count, "")), String.join(",", Collections.nCopies(count, "Infinity")),
                String.join("%2C", Collections.nCopies(count, "%EF%BC%91")));
    }

    /** A raw value as a header value: %XX escapes become the bytes they name (one char each), anything else stays literal. */
    static String asHeader(String raw) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                value.append((char) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
