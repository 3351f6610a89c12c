package org.eventline.operations;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id, taken from X-Request-Id when a proxy set a sane one, so that its log
 * lines (request_id in the JSON logs) can be found from the answer, which echoes it.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @ServerRequestFilter(preMatching = true)
    public void tagRequest(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(LOG_KEY, id);
        MDC.put(LOG_KEY, id);
    }

    @ServerResponseFilter
    public void echoId(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(LOG_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(LOG_KEY);
    }
}
