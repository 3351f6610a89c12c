package org.eventline.web.edge;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.eventline.web.InvalidInput;
import org.eventline.web.Problem;

/**
 * The problem with a request target that is not a valid URI, naming the query parameter whose
 * percent-encoding is broken. Quarkus refuses such a target too, with an empty 400, by the same
 * JDK parser; this names what is wrong before it does.
 */
final class UriProblems {

    private static final String PERCENT_RULE = "a '%' must be followed by two hexadecimal digits (write a literal '%' as %25)";

    private UriProblems() {
    }

    /** The problem with this request target; empty when it is a valid URI. */
    static Optional<Problem> of(String target) {
        try {
            new URI(target);
            return Optional.empty();
        } catch (URISyntaxException e) {
            int question = target.indexOf('?');
            String path = question < 0 ? target : target.substring(0, question);
            String query = question < 0 ? null : target.substring(question + 1);
            return Optional.of(query == null || !decodes(path) ? invalid(path, e) : inQuery(path, query).orElse(invalid(path, e)));
        }
    }

    private static Optional<Problem> inQuery(String path, String query) {
        for (String pair : query.split("&")) {
            if (!decodes(pair)) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String parameter = decodes(name) ? URLDecoder.decode(name, StandardCharsets.UTF_8) : "(query)";
                return Optional.of(Problem.of(400, "invalid-parameter", "Invalid parameter",
                        "The value of " + parameter + " is not valid percent-encoding: " + PERCENT_RULE + ".", path,
                        List.of(InvalidInput.parameter(parameter, "not valid percent-encoding: " + PERCENT_RULE))));
            }
        }
        return Optional.empty();
    }

    private static Problem invalid(String path, URISyntaxException e) {
        String detail = decodes(path)
                ? "The request target is not a valid URI (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")."
                : "The path is not valid percent-encoding: " + PERCENT_RULE + ".";
        return Problem.of(400, "invalid-uri", "Invalid URI", detail, path, null);
    }

    private static boolean decodes(String text) {
        try {
            URLDecoder.decode(text, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
