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

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.eventline.vocabulary.Coded;

/**
 * The query parameters of one request, read defensively: unknown names, over-long values and
 * repeated single values are reported, and every problem is collected so one 400 lists them all.
 * Unknown names are refused rather than ignored because a misspelt filter that is silently
 * dropped returns plausible but wrong data. The names a request may use are those its resource
 * method declares (DeclaredQueryParameters), and the values are read from those declarations:
 * the resource passes each declared value in with its name.
 */
@RequestScoped
public class QueryParameters {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final int MAX_VALUE_LENGTH = 500;
    public static final int MAX_VALUES = 100;

    private MultivaluedMap<String, String> raw;
    private final List<InvalidInput> errors = new ArrayList<>();

    /** For the container's proxy of the request's instance. */
    QueryParameters() {
    }

    /** The request's parameters, checked against the names its resource method declares. */
    @Inject
    QueryParameters(UriInfo uri, ResourceInfo resource) {
        DeclaredQueryParameters declared = DeclaredQueryParameters.of(resource.getResourceMethod());
        this.raw = uri.getQueryParameters();
        check(declared.names(), declared.repeatable());
    }

    private void check(Set<String> allowed, Set<String> repeatable) {
        for (var entry : raw.entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                error(name, allowed.isEmpty() ? "unknown parameter; this endpoint takes none"
                        : "unknown parameter; valid ones are " + String.join(", ", new TreeSet<>(allowed)));
            } else if (entry.getValue().size() > MAX_VALUES) {
                error(name, "given more than " + MAX_VALUES + " times");
            } else if (entry.getValue().stream().anyMatch(value -> value.length() > MAX_VALUE_LENGTH)) {
                error(name, "longer than " + MAX_VALUE_LENGTH + " characters");
            } else if (entry.getValue().size() > 1 && !repeatable.contains(name)) {
                error(name, "give it once");
            }
        }
    }

    /** The declared single value of a parameter, if given and not refused; an empty one is an error. */
    public Optional<String> single(String name, String declared) {
        if (declared == null && givenEmpty(name)) {
            declared = "";
        }
        if (declared == null || reported(name)) {
            return Optional.empty();
        }
        String value = declared.strip();
        if (value.isEmpty()) {
            error(name, "is empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** All declared values of a repeatable parameter, repeated (a=1&a=2) or comma-separated (a=1,2). */
    public List<String> list(String name, List<String> declared) {
        List<String> given = reported(name) ? List.of()
                : (declared == null || declared.isEmpty()) && givenEmpty(name) ? List.of("") : declared == null ? List.of() : declared;
        List<String> values = new ArrayList<>();
        for (String value : given) {
            Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        if (values.isEmpty() && !given.isEmpty()) {
            error(name, "is empty");
        }
        return values;
    }

    /** The page size declared as limit; the default when not given. */
    public int limit(String declared) {
        return single("limit", declared).map(value -> {
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
    public <E extends Enum<E> & Coded> Optional<E> vocabulary(String name, String declared, Class<E> vocabulary) {
        return single(name, declared).map(code -> vocabularyValue(name, vocabulary, code));
    }

    /** One code of a vocabulary; null (and an error listing the valid codes) when unknown. */
    public <E extends Enum<E> & Coded> E vocabularyValue(String name, Class<E> vocabulary, String code) {
        return Coded.find(vocabulary, code).orElseGet(() -> {
            error(name, "unknown value '" + code + "'; valid: " + Coded.codes(vocabulary));
            return null;
        });
    }

    /** An instant (2016-10-14T08:49:49Z, any offset) or a day, meaning its start in UTC. */
    public Optional<Instant> instant(String name, String declared) {
        return single(name, declared).map(value -> {
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

    /** Whether a declared parameter is given (and not refused). */
    public boolean has(String name, Object declared) {
        return declared != null && !reported(name);
    }

    public boolean flag(String name, String declared) {
        return flag(name, single(name, declared));
    }

    private boolean flag(String name, Optional<String> given) {
        return given.map(value -> switch (value) {
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
            throw new InvalidInputException(List.copyOf(errors));
        }
    }

    /** Whether the request gives the parameter with no value (q=), which its declaration reads as absent. */
    private boolean givenEmpty(String name) {
        List<String> values = raw.get(name);
        return values != null && values.stream().allMatch(String::isEmpty);
    }

    private boolean reported(String name) {
        return errors.stream().anyMatch(error -> name.equals(error.parameter()));
    }
}
