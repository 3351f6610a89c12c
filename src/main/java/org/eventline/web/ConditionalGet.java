package org.eventline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETags and 304s for every read of the API. The tag is derived from the data version (a counter
 * every write bumps, see V010), the request's path, query and Accept header, and the build, so
 * it changes whenever the answer could; a matching If-None-Match is answered before any data query
 * (and, within the data version's refresh interval, without any query at all).
 */
public class ConditionalGet {

    private static final String TAG_PROPERTY = "eventline.etag";
    private static final String API_PATH = "/api/";
    static final String CACHE_CONTROL = "public, max-age=60";

    @Inject
    DataVersion dataVersion;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String buildVersion;

    @ServerRequestFilter
    public Optional<Response> answerNotModified(ContainerRequestContext request, Request jaxrsRequest) throws SQLException {
        if (!isApiRead(request)) {
            return Optional.empty();
        }
        EntityTag tag = tagFor(request);
        request.setProperty(TAG_PROPERTY, tag);
        Response.ResponseBuilder notModified = jaxrsRequest.evaluatePreconditions(tag);
        return Optional.ofNullable(notModified).map(builder -> builder.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build());
    }

    @ServerResponseFilter
    public void tagResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(TAG_PROPERTY);
        if (tag != null && response.getStatus() == 200) {
            // a resource that tags its answer by its own content (one event) keeps its tag
            response.getHeaders().putIfAbsent(HttpHeaders.ETAG, List.of(tag));
            response.getHeaders().putIfAbsent(HttpHeaders.CACHE_CONTROL, List.of(CACHE_CONTROL));
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding, Origin");
        }
    }

    private static boolean isApiRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getUriInfo().getRequestUri().getRawPath().startsWith(API_PATH);
    }

    private EntityTag tagFor(ContainerRequestContext request) throws SQLException {
        var uri = request.getUriInfo().getRequestUri();
        String accept = String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT));
        String identity = String.join("\n", buildVersion, Long.toString(dataVersion.current()), uri.getRawPath(),
                String.valueOf(uri.getRawQuery()), accept);
        return new EntityTag(sha256(identity).substring(0, 32), true);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
