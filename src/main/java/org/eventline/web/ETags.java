package org.eventline.web;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.eventline.replica.ReadSessions;

/**
 * Every ETag of the API, and what a request's tags decide:
 * <ul>
 * <li>a read's tag (every GET under /api/, lists included): weak, derived from the data version (a counter every
 * write bumps, see V010), the request's path, query and Accept header, and the build, so it changes whenever the
 * answer could; a matching If-None-Match is answered 304 before any data query (and, within the data version's
 * refresh interval, without any query at all);</li>
 * <li>a record's tag (an event, an actor...): strong, derived from its JSON, so it changes whenever what its GET
 * shows changes (a write, or a renamed actor an event names); its GET answers 304 to it, and a write that
 * replaces or retires the record must name it in If-Match (RFC 9110, 13.1.1), so that two editors never
 * overwrite each other unknowingly.</li>
 * </ul>
 */
@ApplicationScoped
public class ETags {

    private static final String TAG_PROPERTY = "eventline.etag";
    private static final String API_PATH = "/api/";
    /** 16 bytes of SHA-256 (32 hex digits): two versions of a resource never share a tag by chance. */
    private static final int TAG_BYTES = 16;
    private static final String CACHE_CONTROL = "public, max-age=60";
    /** If-Match and If-None-Match name ETags this API wrote, far shorter; a longer one is refused, as the document says. */
    public static final int MAX_CONDITION_LENGTH = 500;

    @Inject
    DataVersion dataVersion;
    @Inject
    ReadSessions reads;
    @Inject
    ReadRouting routing;
    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String buildVersion;

    /** The strong tag of a record's JSON as its GET serves it. */
    public static EntityTag ofJson(String document) {
        return ofJson(document.getBytes(StandardCharsets.UTF_8));
    }

    /** The same, of the JSON's UTF-8 bytes as stored. */
    public static EntityTag ofJson(byte[] document) {
        return new EntityTag(Sha256.hex(document, TAG_BYTES));
    }

    /** The strong tag of a response record: the tag of its JSON, the same for the GET and for a write. */
    public EntityTag of(Object view) {
        try {
            return ofJson(objectMapper.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response record cannot be written as JSON", e);
        }
    }

    /** The GET of one record: 304 when If-None-Match names its tag, else the record tagged. */
    public Response answer(Request request, Object view) {
        return answer(request, of(view), view);
    }

    /** The GET of one record stored as JSON, served as it is: 304 when If-None-Match names its tag, else the JSON tagged. */
    public static Response answerJson(Request request, byte[] document) {
        return answer(request, ofJson(document), document);
    }

    private static Response answer(Request request, EntityTag tag, Object body) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag)).build();
    }

    /**
     * If-Match on a write: returns when it names the current tag (strong comparison) or is "*"; throws 428
     * when it is missing and 412 when it names no current tag.
     */
    public static void requireMatch(String ifMatch, EntityTag current, String resourcePath) {
        checkLength(HttpHeaders.IF_MATCH, ifMatch);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ClientErrorException("This write needs an If-Match header with the ETag of " + resourcePath
                    + " as you last read it (GET it to learn it); it keeps two editors from overwriting each other.",
                    Response.Status.PRECONDITION_REQUIRED);
        }
        String currentTag = current.toString();
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(currentTag));
        if (!matches) {
            throw new ClientErrorException(resourcePath + " has changed since the version If-Match names; its ETag is now "
                    + currentTag + ". Read it again, reapply your change, and send the new ETag.",
                    Response.Status.PRECONDITION_FAILED);
        }
    }

    /** The weak tag of a read, from everything its answer depends on. */
    static EntityTag ofRead(String build, long dataVersion, String rawPath, String rawQuery, String accept) {
        String identity = String.join("\n", build, Long.toString(dataVersion), rawPath, String.valueOf(rawQuery), accept);
        return new EntityTag(Sha256.hex(identity, TAG_BYTES), true);
    }

    @ServerRequestFilter
    public Optional<Response> answerNotModified(ContainerRequestContext request, Request jaxrsRequest) throws SQLException {
        if (!isApiRead(request)) {
            return Optional.empty();
        }
        checkLength(HttpHeaders.IF_NONE_MATCH, request.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        var uri = request.getUriInfo().getRequestUri();
        // the version of the database that serves the answer: a lagging replica's is older than the primary's
        long version = reads.replicaDataVersion().isPresent() ? reads.replicaDataVersion().getAsLong() : dataVersion.current();
        EntityTag tag = ofRead(buildVersion, version, uri.getRawPath(), uri.getRawQuery(),
                String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT)));
        request.setProperty(TAG_PROPERTY, tag);
        Response.ResponseBuilder notModified = jaxrsRequest.evaluatePreconditions(tag);
        return Optional.ofNullable(notModified).map(builder -> builder.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build());
    }

    @ServerResponseFilter
    public void tagResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(TAG_PROPERTY);
        if (tag != null && response.getStatus() == 200) {
            // a resource that tags its answer by its own content (one record) keeps its tag
            response.getHeaders().putIfAbsent(HttpHeaders.ETAG, List.of(tag));
            response.getHeaders().putIfAbsent(HttpHeaders.CACHE_CONTROL, List.of(CACHE_CONTROL));
            // a writer's read (with its position) must not be answered from a cache filled by others' reads
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding, Origin"
                    + (routing.variesByPosition() ? ", " + ReadRouting.POSITION : ""));
        }
    }

    private static void checkLength(String header, String value) {
        if (value != null && value.length() > MAX_CONDITION_LENGTH) {
            throw InvalidInputException.parameter(header, "is longer than " + MAX_CONDITION_LENGTH
                    + " characters; it names ETags this API wrote, which are far shorter");
        }
    }

    private static boolean isApiRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getUriInfo().getRequestUri().getRawPath().startsWith(API_PATH);
    }
}
