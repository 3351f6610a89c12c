package org.eventline.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.eventline.vocabulary.Coded;

/**
 * What a body Jackson could not read says to its sender: the field's path and, in the API's words,
 * what was expected there ("expected an integer, not 1.9"). Jackson's own messages name Java
 * types and parser features, which mean nothing to a client; none of them is passed on.
 */
public final class UnreadableJson {

    private static final String TRAILING = "unexpected content after the JSON value";

    private UnreadableJson() {
    }

    /** The problem, at its field's path, or at {@code whole} ("(body)", "(line)") when it is not in one field. */
    public static InvalidInput problem(JsonProcessingException e, String whole) {
        String path = trailing(e) ? "" : path(e);
        return InvalidInput.field(path.isEmpty() ? whole : path, message(e));
    }

    private static String path(JsonProcessingException e) {
        if (duplicate(e)) {
            // the object holding the field, then the field: no reader has taken the repeated name as current
            String object = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping)
                    : e instanceof StreamReadException read && read.getProcessor() != null
                            && read.getProcessor().getParsingContext().getParent() != null
                    ? JsonPaths.of(read.getProcessor().getParsingContext().getParent()) : "";
            return object.isEmpty() ? duplicateName(e) : object + "." + duplicateName(e);
        }
        return e instanceof JsonMappingException mapping ? JsonPaths.of(mapping) : "";
    }

    private static String message(JsonProcessingException e) {
        if (trailing(e)) {
            return TRAILING;
        }
        if (duplicate(e)) {
            return "duplicate field '" + duplicateName(e) + "'";
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a field here; the fields are " + unknown.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", "));
        }
        if (StrictJson.NUL.equals(e.getOriginalMessage())) {
            return StrictJson.NUL;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getOriginalMessage().startsWith("No content to map")) {
            return "a JSON body is required";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Object value = e instanceof InvalidFormatException format ? format.getValue() : null;
            return expected(mismatch.getTargetType()) + shown(value);
        }
        if (e instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            return expected(coercion.getTargetType()) + " between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE;
        }
        return malformed(e);
    }

    /** What the field holds, in the words of the API's documentation. */
    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "expected a list";
        }
        if (type == String.class) {
            return "expected text";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "expected an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "expected a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "expected true or false";
        }
        if (type == LocalDate.class) {
            return "expected a date such as 2016-10-14";
        }
        if (type == UUID.class) {
            return "expected a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
        }
        if (type.isEnum()) {
            return "expected one of " + Arrays.stream(type.getEnumConstants())
                    .map(value -> value instanceof Coded coded ? coded.code() : ((Enum<?>) value).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return "expected an object";
    }

    private static String shown(Object value) {
        if (value instanceof String text) {
            return ", not \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        // 1.0e-400 reads as 0.0: showing that would mislead
        if (value instanceof Number number && number.doubleValue() != 0) {
            return ", not " + number;
        }
        return "";
    }

    private static String malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("[:\n]")[0]
                .replaceAll("\\s*\\(start marker at.*", "");
        if (reason.matches(".*(java\\.|com\\.|Source|Feature|`).*")) {
            reason = "";
        }
        return "malformed JSON" + where + (reason.isBlank() ? "" : ": " + reason);
    }

    /** Content after a whole value: a second value ({}{}), or a stray closing bracket ({}}). */
    private static boolean trailing(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getOriginalMessage().startsWith("Trailing token");
        }
        if (e instanceof StreamReadException read && read.getProcessor() != null) {
            // at the top level after one value: a second one, or a bracket that closes nothing
            JsonStreamContext context = read.getProcessor().getParsingContext();
            boolean strayBracket = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected close marker");
            return context != null && context.inRoot()
                    && (context.getEntryCount() > 1 || (context.getEntryCount() == 1 && strayBracket));
        }
        return false;
    }

    /** Jackson says "Duplicate field 'title'" (the parser) or "Duplicate field 'title' for ..." (a tree). */
    private static boolean duplicate(JsonProcessingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field '");
    }

    private static String duplicateName(JsonProcessingException e) {
        return e.getOriginalMessage().split("'")[1];
    }
}
