package org.eventline.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions become RFC 9457 problem+json answers. Resources throw; nothing
 * else catches. No answer carries a stack trace, a class name or SQL.
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);
    /** Seconds a client should wait before retrying after a database fault. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    DeclaredRoutes routes;

    @ServerExceptionMapper
    public Response unknownReference(UnknownReferenceException e, UriInfo uri) {
        String detail = e.errors().size() == 1 ? e.errors().get(0).message() : e.errors().size() + " unknown references; see errors";
        return problem(422, "unknown-reference", "Unknown reference", detail, uri, e.errors());
    }

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
                : "There is nothing at " + path(uri) + ".";
        return problem(404, "not-found", "Not found", detail, uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, uri); // Quarkus REST wraps what the parser refused in a bare 400
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        String detail = status.getStatusCode() == 406 ? notAcceptable(path(uri), request.getMethod()) : plainMessage(e, status);
        Response.ResponseBuilder answer = Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.ofStatus(status.getStatusCode(), status.getReasonPhrase(), detail, path(uri)));
        if (status.getStatusCode() == 405) {
            answer.header(HttpHeaders.ALLOW, String.join(", ", routes.allowed(path(uri))));
        }
        return answer.build();
    }

    /** A body of a type the operation does not read: refused by WriteBodies, or by Quarkus REST in words of its own. */
    @ServerExceptionMapper
    public Response unsupportedBody(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        String detail = e.getMessage() != null && !e.getMessage().startsWith("HTTP 415") && !e.getMessage().contains("@Consumes")
                ? e.getMessage()
                : "This operation does not read a body sent as " + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
                        + "; curated writes read application/json (merge patches application/merge-patch+json), imports "
                        + "application/x-ndjson or text/csv, all in UTF-8.";
        return problem(415, "unsupported-media-type", "Unsupported Media Type", detail, uri, null);
    }

    // Quarkus REST maps some of these subtypes itself, in its own shape: named here so ours win
    @ServerExceptionMapper({JsonProcessingException.class, UnrecognizedPropertyException.class,
            MismatchedInputException.class, InvalidFormatException.class, JsonParseException.class})
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return problem(400, "invalid-body", "Invalid request body", "The body is not valid JSON of the expected shape.",
                uri, List.of(UnreadableJson.problem(e, "(body)")));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        boolean badToken = e instanceof AuthenticationFailedException;
        String detail = badToken
                ? "The bearer token was refused: it is malformed, expired, not yet valid (nbf, or iat in the future), from another issuer or signed with another key."
                : "This operation needs a bearer token: Authorization: Bearer <JWT> with the role the operation names.";
        return Response.fromResponse(problem(401, "unauthorized", "Unauthorized", detail, uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"eventline\"" + (badToken ? ", error=\"invalid_token\"" : ""))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden",
                "The token's roles (its groups claim) do not include one this operation allows; see the operation's description.",
                uri, null);
    }

    @ServerExceptionMapper
    public Response busy(ServiceBusyException e, UriInfo uri) {
        return Response.fromResponse(problem(503, "service-busy", "Service unavailable", e.getMessage(), uri, null))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<WriteConflict> conflict = WriteConflict.of(e);
        if (conflict.isPresent()) {
            LOG.infof("write conflict %s on %s: %s", conflict.get(), path(uri), e.getMessage());
            return problem(409, "conflict", "Conflict", conflict.get().detail(), uri, null);
        }
        Optional<DatabaseFault> fault = DatabaseFault.of(e);
        if (fault.isPresent()) {
            LOG.warnf("%s on %s: %s", fault.get(), path(uri), e.getMessage());
            return Response.fromResponse(problem(503, fault.get().problemType(), "Service unavailable",
                            fault.get().detail(), uri, null))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, path(uri));
        return problem(500, "internal-error", "Internal error",
                "Something went wrong on our side (error id " + errorId + ").", uri, null);
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri, List<InvalidInput> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, type, title, detail, path(uri), errors))
                .build();
    }

    private String notAcceptable(String path, String method) {
        Set<String> formats = routes.produces(path, method);
        if (formats.isEmpty()) {
            return "This resource has no format matching the Accept header.";
        }
        return "This resource answers " + String.join(", ", formats) + "; ask for one of them in Accept"
                + (routes.takesFormat(path, method) ? " or use format=." : ".");
    }

    private static String plainMessage(WebApplicationException e, Response.StatusType status) {
        String message = e.getMessage();
        if (message == null || message.startsWith("HTTP " + status.getStatusCode())) {
            return status.getReasonPhrase() + ".";
        }
        return message;
    }

    /** The path as the client sent it: RESTEasy fails decoding some paths again (a segment such as %25';). */
    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
