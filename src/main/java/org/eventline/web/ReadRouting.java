package org.eventline.web;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.eventline.replica.ReadSessions;
import org.eventline.replica.Replica;
import org.eventline.replica.ServedByReplica;
import org.eventline.replica.WalPosition;

/**
 * Which database serves a request, when a read replica is configured: the GETs marked
 * {@link ServedByReplica} go to the replica while it serves, every other request to the primary.
 * Read-your-writes: every successful write answers the primary's WAL position after its commit in
 * the Eventline-Position header; a read that sends it back is served by the replica only once the
 * replica has replayed that far, else by the primary. Runs before the ETag, which must come from
 * the database that serves the answer.
 */
@ApplicationScoped
public class ReadRouting {

    public static final String POSITION = "Eventline-Position";

    private static final Logger LOG = Logger.getLogger(ReadRouting.class);

    @Inject
    Replica replica;
    @Inject
    ReadSessions reads;

    @ServerRequestFilter(priority = Priorities.USER - 100)
    public void route(ContainerRequestContext request, ResourceInfo resource) {
        if (!replica.configured() || !isRead(request) || !servedByReplica(resource)) {
            return;
        }
        String sent = request.getHeaderString(POSITION);
        Optional<WalPosition> writtenAt = Optional.empty();
        if (sent != null && !sent.isBlank()) {
            writtenAt = Optional.of(WalPosition.parse(sent.strip()).orElseThrow(() -> InvalidInputException.parameter(POSITION,
                    "is not a position this API wrote; send back the " + POSITION + " header of a write's answer as it was")));
        }
        reads.route(writtenAt);
    }

    @ServerResponseFilter
    public void tellWritePosition(ContainerRequestContext request, ContainerResponseContext response) {
        if (isRead(request) || "OPTIONS".equals(request.getMethod()) || response.getStatus() >= 300 || !replica.configured()
                || !request.getUriInfo().getRequestUri().getRawPath().startsWith("/api/")) {
            return;
        }
        try {
            response.getHeaders().putSingle(POSITION, replica.primaryPosition().toString());
        } catch (SQLException e) {
            // the write has committed; without the position its writer may read the replica's older state once
            LOG.warnf("The position of a committed write could not be read: %s", e.getMessage());
        }
    }

    /** The header caches must key answers on, besides Accept and Origin, when reads may come from a replica. */
    boolean variesByPosition() {
        return replica.configured();
    }

    private static boolean isRead(ContainerRequestContext request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static boolean servedByReplica(ResourceInfo resource) {
        return resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(ServedByReplica.class)
                || resource.getResourceClass().isAnnotationPresent(ServedByReplica.class));
    }
}
