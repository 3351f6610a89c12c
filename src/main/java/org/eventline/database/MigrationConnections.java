package org.eventline.database;

import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Migrations run on connections of their own, opened for them and closed after them, never on the
 * pool's: their init-sql lifts the statement timeout for long migrations of big tables, and on a
 * pooled connection that setting outlived the migration, so half the pool served API requests
 * with no timeout at all.
 */
@Singleton
public class MigrationConnections implements FlywayConfigurationCustomizer {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.dataSource(url, username.orElse(null), password.orElse(null));
    }
}
