package org.eventline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.eventline.time.CalendarRange;
import org.eventline.vocabulary.Coded;

/**
 * The query parameters of one request, read defensively: unknown names, over-long values,
 * repeated single values and control characters are reported, and every problem is collected so
 * one 400 lists them all. Its path parameters are held to the same characters (ParameterCheck
 * makes every request pass these checks before its resource method runs).
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
    /** A page size or any other count: ASCII digits only, so +5 or a full-width ５ is not read as 5. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    /** A count of people or things (a figure): ASCII digits, at most 18 so that it fits a bigint. */
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,18}");
    private static final String CONTROL_CHARACTER = "holds a control character (such as NUL, a tab or a line break)";

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
        checkPath(uri, resource);
    }

    private void checkPath(UriInfo uri, ResourceInfo resource) {
        MultivaluedMap<String, String> path;
        try {
            path = uri.getPathParameters();
        } catch (IllegalArgumentException e) {
            // Quarkus REST decodes a segment holding a matrix part (;) twice, and %25 (a literal %) then fails
            error(pathParameterName(resource), "holds a % that is not a valid percent-encoding");
            return;
        }
        path.forEach((name, values) -> values.stream().filter(QueryParameters::hasControlCharacter)
                .findFirst().ifPresent(value -> error(name, CONTROL_CHARACTER)));
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
            } else if (entry.getValue().stream().anyMatch(QueryParameters::hasControlCharacter)) {
                error(name, CONTROL_CHARACTER);
            } else if (entry.getValue().size() > 1 && !repeatable.contains(name)) {
                error(name, "give it once");
            }
        }
    }

    /**
     * Whether a value holds a control character (Unicode Cc: U+0000 to U+001F, U+007F to U+009F).
     * No parameter is multi-line text: ids, slugs, codes, dates, numbers and one-line searches.
     * NUL cannot reach PostgreSQL at all (it refuses it in text), line breaks in a value that is
     * echoed into a message or a log can forge lines, and a tab or another control character in
     * a search is a paste accident that would match nothing; so all of them are refused alike.
     */
    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    private static String pathParameterName(ResourceInfo resource) {
        return resource.getResourceMethod() == null ? "(path)" : Arrays.stream(resource.getResourceMethod().getParameters())
                .map(parameter -> parameter.getAnnotation(PathParam.class))
                .filter(Objects::nonNull)
                .map(PathParam::value)
                .findFirst().orElse("(path)");
    }

    /** The declared single value of a parameter, if given and not refused; an empty one is an error. */
    public Optional<String> single(String name, String declared) {
        if (declared == null && givenEmpty(name)) {
            declared = "";
        }
        if (declared == null || reported(name)) {
            return Optional.empty();
        }
        return nonEmpty(name, declared);
    }

    /** Free text such as a search: the spaces around it are dropped (a typed value keeps them, and fails). */
    public Optional<String> text(String name, String declared) {
        return single(name, declared).flatMap(value -> nonEmpty(name, value.strip()));
    }

    private Optional<String> nonEmpty(String name, String value) {
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
            Arrays.stream(value.split(",")).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        if (values.isEmpty() && !given.isEmpty()) {
            error(name, "is empty");
        }
        return values;
    }

    /** The page size declared as limit; the default when not given. */
    public int limit(String declared) {
        return single("limit", declared).map(value -> {
            if (WHOLE_NUMBER.matcher(value).matches()) {
                int limit = Integer.parseInt(value);
                if (limit >= 1 && limit <= MAX_LIMIT) {
                    return limit;
                }
            }
            error("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", got '" + value + "'");
            return DEFAULT_LIMIT;
        }).orElse(DEFAULT_LIMIT);
    }

    /** A whole number of 0 or more, such as a figure; an error naming the parameter when it is not one. */
    public Optional<Long> count(String name, String declared) {
        return single(name, declared).map(value -> {
            if (COUNT.matcher(value).matches()) {
                return Long.parseLong(value);
            }
            error(name, "must be a whole number of 0 or more (digits only, at most 18), got '" + value + "'");
            return null;
        });
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

    /** An instant (2016-10-14T08:49:49Z, any offset) or a day, meaning its start in UTC; on a day the API holds. */
    public Optional<Instant> instant(String name, String declared) {
        return single(name, declared).map(value -> {
            Instant instant;
            try {
                instant = value.length() == 10
                        ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                error(name, "expected an instant such as 2016-10-14T08:49:49Z or a day such as 2016-10-14, got '" + value + "'");
                return null;
            }
            if (!CalendarRange.contains(instant)) {
                error(name, "'" + value + "' is not supported: " + CalendarRange.DESCRIPTION + " (in UTC)");
                return null;
            }
            return instant;
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

    /** Refuses the request with every problem found so far, if any. */
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
