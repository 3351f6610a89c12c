package org.eventline.web.edge;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.eventline.web.Problem;

/**
 * Refuses a request from a foreign origin whose method CORS does not allow (every write) with a
 * problem+json 403. Quarkus's CORS filter would refuse it too, with a bare "403 CORS Rejected";
 * this runs just before it and decides by the same setting, quarkus.http.cors.methods.
 */
@ApplicationScoped
public class CrossOriginWrites {

    /** Quarkus registers its CORS filter at priority 300, which is route order -300. */
    private static final int BEFORE_CORS_FILTER = -301;

    @Inject
    RoutingProblems problems;
    @ConfigProperty(name = "quarkus.http.cors.methods")
    Optional<List<String>> corsMethods;

    void install(@Observes Router router) {
        if (corsMethods.isPresent() && !corsMethods.get().contains("*")) {
            router.route().order(BEFORE_CORS_FILTER).handler(this::check);
        }
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String preflightMethod = request.method() == HttpMethod.OPTIONS
                ? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : null;
        String method = preflightMethod != null ? preflightMethod : request.method().name();
        if (origin == null || allowed(method) || sameOrigin(origin, request)) {
            context.next();
            return;
        }
        problems.answer(context, Problem.of(403, "cross-origin-write", "Cross-origin write refused",
                "Writes are not open to cross-origin browsers (reads are: " + String.join(", ", corsMethods.get())
                        + "). Send writes from a server or a script, with a bearer token.", request.path(), null));
    }

    private boolean allowed(String method) {
        return corsMethods.get().stream().anyMatch(allowed -> allowed.trim().equalsIgnoreCase(method));
    }

    /** A browser sends Origin on same-origin writes too: those are not cross-origin. */
    private static boolean sameOrigin(String origin, HttpServerRequest request) {
        try {
            URI uri = URI.create(origin);
            return request.authority() != null
                    && request.scheme().equalsIgnoreCase(uri.getScheme())
                    && request.authority().toString().toLowerCase(Locale.ROOT).equals(uri.getRawAuthority().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
