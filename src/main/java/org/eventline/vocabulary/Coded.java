package org.eventline.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/** A value of a controlled vocabulary, written in JSON, query parameters and the database by its lowercase code. */
public interface Coded {

    @JsonValue
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> vocabulary, String code) {
        return Arrays.stream(vocabulary.getEnumConstants())
                .filter(value -> value.code().equals(code))
                .findFirst();
    }

    /** The valid codes, for error messages: "occurred, ongoing, planned". */
    static <E extends Enum<E> & Coded> String codes(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
