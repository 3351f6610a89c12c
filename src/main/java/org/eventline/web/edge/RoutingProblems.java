package org.eventline.web.edge;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eventline.web.Problem;

/**
 * Writes the problem+json answers of the HTTP layer below JAX-RS, where ProblemResponses never
 * sees the request: a bad Host header and any other failure of Vert.x routing, and the refusals of
 * RequestHeadGuard below it.
 */
@ApplicationScoped
public class RoutingProblems {

    private static final Logger LOG = Logger.getLogger(RoutingProblems.class);

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        // before Quarkus's own failure handler, which answers in its own shape (with a stack)
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    /** Ends the exchange with this problem as its answer. */
    void answer(RoutingContext context, Problem problem) {
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(bytes(problem)));
    }

    /** The problem as the bytes of its JSON body. */
    byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always writable", e);
        }
    }

    private void failed(RoutingContext context) {
        answer(context, problemOf(context));
    }

    private Problem problemOf(RoutingContext context) {
        int status = context.statusCode() < 400 ? 500 : context.statusCode();
        String path = context.request().path();
        if (status >= 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(context.failure(), "unexpected error %s on %s", errorId, path);
            return Problem.of(500, "internal-error", "Internal error",
                    "Something went wrong on our side (error id " + errorId + ").", path, null);
        }
        if (status == 400 && context.request().authority() == null) {
            return Problem.of(400, "invalid-host", "Invalid Host header",
                    "The Host header is missing or is not a host name with an optional port.", path, null);
        }
        String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
        return Problem.ofStatus(status, reason, reason + ".", path);
    }
}
