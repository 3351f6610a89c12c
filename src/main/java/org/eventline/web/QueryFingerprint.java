package org.eventline.web;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Identifies the query a cursor belongs to, computed over its named fields ({@code of("q", text).and("kind", kind)}):
 * the same on every restart, replica and Java version, unlike a hashCode of a toString, so that a cursor
 * replayed against another query is refused instead of silently skipping or repeating items.
 */
public record QueryFingerprint(String fields) {

    /** 8 bytes: a cursor stays short, and two queries of one list colliding by chance is 1 in 2^64. */
    private static final int DIGEST_BYTES = 8;

    public static QueryFingerprint of(String name, Object value) {
        return new QueryFingerprint("").and(name, value);
    }

    public QueryFingerprint and(String name, Object value) {
        return new QueryFingerprint(fields + name + "=" + canonical(value) + ";");
    }

    /** The short hex digest a cursor carries. */
    public String digest() {
        return Sha256.hex(fields, DIGEST_BYTES);
    }

    /**
     * Writes a value so that different values never read the same: text is prefixed by its length, null
     * is "-", a list is its items in brackets, a record its named components in braces, an enum its name.
     */
    static String canonical(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(QueryFingerprint::canonical).collect(Collectors.joining("", "[", "]"));
        }
        if (value instanceof Record record) {
            return Stream.of(record.getClass().getRecordComponents())
                    .map(component -> component.getName() + "=" + canonical(read(component, record)) + ";")
                    .collect(Collectors.joining("", "{", "}"));
        }
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        return text.length() + ":" + text;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("a record component that cannot be read: " + component, e);
        }
    }
}
