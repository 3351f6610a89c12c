package org.eventline.replica;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The keys under "eventline.replica.": how stale the read replica may be before reads leave it,
 * and how often that is checked. The replica itself is the datasource "replica"
 * (QUARKUS_DATASOURCE_REPLICA_JDBC_URL); without its URL every read stays on the primary.
 */
@ConfigMapping(prefix = "eventline.replica")
public interface ReplicaConfig {

    /**
     * Reads leave the replica while it lacks a write the primary had longer ago than this, and
     * come back once it has caught up.
     */
    @WithDefault("5S")
    Duration maxLag();

    /** How often the primary's and the replica's WAL positions are compared. */
    @WithDefault("1S")
    Duration checkInterval();
}
