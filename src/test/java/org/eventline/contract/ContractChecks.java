package org.eventline.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every answer owes a hostile client: never a 5xx, every 4xx a parseable problem+json with
 * type, title and status, and never a Java name or a stack trace in the body.
 */
final class ContractChecks {

    static final String SERVER_ERROR = "5xx";
    static final String NOT_PROBLEM = "4xx not problem+json";
    static final String LEAK = "Java internals in body";
    static final String NO_ANSWER = "no answer";

    private static final Pattern JAVA_NAME = Pattern.compile(
            "java\\.|javax\\.|org\\.eventline|com\\.fasterxml|io\\.quarkus|org\\.hibernate|Exception|\\.java:|\\$[A-Z]"
            // Jackson's own words: its feature names and where it was reading
            + "|ReadFeature|DeserializationFeature|\\[Source: ");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]*(\\.java:\\d+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractChecks() {
    }

    /** One broken promise: its kind (for grouping) and what exactly was wrong. */
    record Breach(String kind, String reason) {
    }

    static List<Breach> of(WireAnswer answer) {
        List<Breach> breaches = new ArrayList<>();
        if (answer.status() == 0) {
            breaches.add(new Breach(NO_ANSWER, answer.failure()));
            return breaches;
        }
        if (answer.status() >= 500) {
            breaches.add(new Breach(SERVER_ERROR, "status " + answer.status() + " " + shortBody(answer)));
        } else if (answer.status() >= 400) {
            String problem = problemFault(answer);
            if (problem != null) {
                breaches.add(new Breach(NOT_PROBLEM, problem));
            }
        }
        Matcher leak = JAVA_NAME.matcher(answer.body());
        if (leak.find()) {
            breaches.add(new Breach(LEAK, "body names \"" + context(answer.body(), leak.start()) + "\""));
        } else if (STACK_FRAME.matcher(answer.body()).find()) {
            breaches.add(new Breach(LEAK, "stack trace in body"));
        }
        return breaches;
    }

    private static String problemFault(WireAnswer answer) {
        String contentType = answer.header("Content-Type");
        if (!contentType.startsWith("application/problem+json")) {
            return "Content-Type '" + contentType + "', body " + shortBody(answer);
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem == null || !problem.isObject() || !problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != answer.status()) {
                return "problem without type, title or the answer's status: " + shortBody(answer);
            }
            return null;
        } catch (IOException e) {
            return "problem+json body that does not parse: " + shortBody(answer);
        }
    }

    private static String shortBody(WireAnswer answer) {
        String body = answer.body().replaceAll("\\s+", " ");
        return body.isEmpty() ? "(empty body)" : "'" + (body.length() > 160 ? body.substring(0, 160) + "..." : body) + "'";
    }

    private static String context(String body, int at) {
        return body.substring(Math.max(0, at - 40), Math.min(body.length(), at + 60)).replaceAll("\\s+", " ");
    }
}
