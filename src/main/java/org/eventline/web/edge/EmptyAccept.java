package org.eventline.web.edge;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Takes an empty Accept header as no Accept header (any format), as RFC 9110 reads a missing
 * one; Quarkus REST would otherwise fail to parse it and answer 500.
 */
@ApplicationScoped
public class EmptyAccept {

    /** After CORS (-300), before the resources. */
    private static final int BEFORE_RESOURCES = -299;

    void install(@Observes Router router) {
        router.route().order(BEFORE_RESOURCES).handler(context -> {
            MultiMap headers = context.request().headers();
            List<String> accepts = headers.getAll(HttpHeaders.ACCEPT);
            if (accepts.stream().anyMatch(String::isBlank)) {
                List<String> given = accepts.stream().filter(accept -> !accept.isBlank()).toList();
                headers.remove(HttpHeaders.ACCEPT);
                given.forEach(accept -> headers.add(HttpHeaders.ACCEPT, accept));
            }
            context.next();
        });
    }
}
