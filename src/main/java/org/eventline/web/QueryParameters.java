package org.eventline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.eventline.vocabulary.Coded;

/**
 * The query parameters of one request, read defensively: unknown names, over-long values and
 * repeated single values are reported, and every problem is collected so one 400 lists them all.
 * Unknown names are refused rather than ignored because a misspelt filter that is silently
 * dropped returns plausible but wrong data.
 */
public final class QueryParameters {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    static final int MAX_VALUE_LENGTH = 500;
    static final int MAX_VALUES = 100;

    private final MultivaluedMap<String, String> raw;
    private final List<InvalidInput> errors = new ArrayList<>();

    private QueryParameters(MultivaluedMap<String, String> raw) {
        this.raw = raw;
    }

    public static QueryParameters of(UriInfo uri, Set<String> allowed) {
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        for (var entry : parameters.raw.entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                parameters.error(name, allowed.isEmpty() ? "unknown parameter; this endpoint takes none"
                        : "unknown parameter; valid ones are " + String.join(", ", new TreeSet<>(allowed)));
            } else if (entry.getValue().size() > MAX_VALUES) {
                parameters.error(name, "given more than " + MAX_VALUES + " times");
            } else if (entry.getValue().stream().anyMatch(value -> value.length() > MAX_VALUE_LENGTH)) {
                parameters.error(name, "longer than " + MAX_VALUE_LENGTH + " characters");
            }
        }
        return parameters;
    }

    /** The single value of a parameter, if given; a repeated or empty one is an error. */
    public Optional<String> single(String name) {
        List<String> values = valid(name);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            error(name, "give it once");
            return Optional.empty();
        }
        String value = values.get(0).strip();
        if (value.isEmpty()) {
            error(name, "is empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** All values of a repeatable parameter, repeated (a=1&a=2) or comma-separated (a=1,2). */
    public List<String> list(String name) {
        List<String> values = new ArrayList<>();
        for (String value : valid(name)) {
            Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        if (values.isEmpty() && !valid(name).isEmpty()) {
            error(name, "is empty");
        }
        return values;
    }

    public int limit() {
        return single("limit").map(value -> {
            try {
                int limit = Integer.parseInt(value);
                if (limit >= 1 && limit <= MAX_LIMIT) {
                    return limit;
                }
            } catch (NumberFormatException notANumber) {
                // reported below, with the range
            }
            error("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", got '" + value + "'");
            return DEFAULT_LIMIT;
        }).orElse(DEFAULT_LIMIT);
    }

    /** The value of a controlled-vocabulary parameter; an unknown code is an error listing the valid ones. */
    public <E extends Enum<E> & Coded> Optional<E> vocabulary(String name, Class<E> vocabulary) {
        return single(name).map(code -> vocabularyValue(name, vocabulary, code));
    }

    /** One code of a vocabulary; null (and an error listing the valid codes) when unknown. */
    public <E extends Enum<E> & Coded> E vocabularyValue(String name, Class<E> vocabulary, String code) {
        return Coded.find(vocabulary, code).orElseGet(() -> {
            error(name, "unknown value '" + code + "'; valid: " + Coded.codes(vocabulary));
            return null;
        });
    }

    /** An instant (2016-10-14T08:49:49Z, any offset) or a day, meaning its start in UTC. */
    public Optional<Instant> instant(String name) {
        return single(name).map(value -> {
            try {
                return value.length() == 10
                        ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                error(name, "expected an instant such as 2016-10-14T08:49:49Z or a day such as 2016-10-14, got '" + value + "'");
                return null;
            }
        });
    }

    public boolean has(String name) {
        return !valid(name).isEmpty();
    }

    public boolean flag(String name) {
        return single(name).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                error(name, "must be true or false, got '" + value + "'");
                yield false;
            }
        }).orElse(false);
    }

    public void error(String name, String message) {
        errors.add(InvalidInput.parameter(name, message));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Values of a parameter that passed the name and length checks (an invalid one counts as absent). */
    private List<String> valid(String name) {
        List<String> values = raw.get(name);
        boolean reported = errors.stream().anyMatch(error -> name.equals(error.parameter()));
        return values == null || reported ? List.of() : values;
    }
}
