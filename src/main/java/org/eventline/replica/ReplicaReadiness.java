package org.eventline.replica;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness tells where reads go: to the replica, or to the primary because the replica is behind,
 * down or not configured. Always UP: the primary serves every read the replica cannot, so a
 * replica is never a reason to take this instance out of the load balancer. (Quarkus' own
 * datasource check leaves the replica out for the same reason: quarkus.datasource.replica.health-exclude.)
 */
@Readiness
@ApplicationScoped
public class ReplicaReadiness implements HealthCheck {

    @Inject
    ReplicaMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        ReplicaMonitor.Status status = monitor.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Read replica").up()
                .withData("reads", status.state() == ReplicaMonitor.State.SERVING ? "replica" : "primary")
                .withData("replica", status.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (status.state() != ReplicaMonitor.State.NOT_CONFIGURED) {
            response.withData("lag_ms", status.lag().toMillis());
        }
        if (status.reason() != null) {
            response.withData("reason", status.reason());
        }
        return response.build();
    }
}
