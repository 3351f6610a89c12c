package org.eventline.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * The one place where exceptions become RFC 9457 problem+json answers. Resources throw; nothing
 * else catches. No answer carries a stack trace, a class name or SQL.
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);
    private static final String TYPE_PREFIX = "urn:eventline:problem:";
    /** Seconds a client should wait before retrying after a database fault. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        boolean inBody = e.errors().stream().allMatch(error -> error.field() != null);
        String detail = e.errors().size() == 1
                ? e.errors().get(0).message()
                : e.errors().size() + " problems; see errors";
        return problem(400, inBody ? "invalid-body" : "invalid-parameter",
                inBody ? "Invalid request body" : "Invalid parameter", detail, uri, e.errors());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String detail = e.getMessage() != null && !e.getMessage().startsWith("HTTP 404")
                ? e.getMessage()
                : "There is nothing at " + uri.getPath() + ".";
        return problem(404, "not-found", "Not found", detail, uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        return problem(status.getStatusCode(), slug(status.getReasonPhrase()), status.getReasonPhrase(),
                plainMessage(e, status), uri, null);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        String path = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping) : "";
        String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage().split("\n")[0];
        return problem(400, "invalid-body", "Invalid request body", "The body is not valid JSON of the expected shape.",
                uri, List.of(InvalidInput.field(path.isEmpty() ? "(body)" : path, JsonPaths.withoutJavaNames(message))));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<DatabaseFault> fault = DatabaseFault.of(e);
        if (fault.isPresent()) {
            LOG.warnf("%s on %s: %s", fault.get(), uri.getPath(), e.getMessage());
            return Response.fromResponse(problem(503, fault.get().problemType(), "Service unavailable",
                            fault.get().detail(), uri, null))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, uri.getPath());
        return problem(500, "internal-error", "Internal error",
                "Something went wrong on our side (error id " + errorId + ").", uri, null);
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri, List<InvalidInput> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_PREFIX + type, title, status, detail, uri.getPath(), errors))
                .build();
    }

    private static String plainMessage(WebApplicationException e, Response.StatusType status) {
        String message = e.getMessage();
        if (message == null || message.startsWith("HTTP " + status.getStatusCode())) {
            return status.getReasonPhrase() + ".";
        }
        return message;
    }

    private static String slug(String reasonPhrase) {
        return reasonPhrase.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
