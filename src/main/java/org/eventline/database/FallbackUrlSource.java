package org.eventline.database;

import java.nio.file.Path;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * The datasource URL when none is configured, decided on first read so that merely building the
 * configuration (Quarkus does it several times, and at build time) starts nothing.
 */
final class FallbackUrlSource implements ConfigSource {

    private static final Logger LOG = Logger.getLogger(FallbackUrlSource.class);

    private final String defaultUrl;
    /** Null when the embedded server is switched off (eventline.database.embedded.enabled=false). */
    private final Path embeddedDirectory;
    private volatile String url;

    FallbackUrlSource(String defaultUrl, Path embeddedDirectory) {
        this.defaultUrl = defaultUrl;
        this.embeddedDirectory = embeddedDirectory;
    }

    @Override
    public String getValue(String propertyName) {
        return DatabaseUrlFallback.URL.equals(propertyName) ? url() : null;
    }

    private synchronized String url() {
        if (url == null) {
            url = decide();
        }
        return url;
    }

    private String decide() {
        ServerAddress address = ServerAddress.of(defaultUrl);
        if (embeddedDirectory == null || address.answers()) {
            return defaultUrl;
        }
        LOG.infof("Nothing answers at %s: using an embedded PostgreSQL. To use a real server instead, set"
                + " QUARKUS_DATASOURCE_JDBC_URL (and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD).", address);
        return EmbeddedServer.url(embeddedDirectory, address.database());
    }

    /** Listed only once decided: a build that reads every listed name must not start a server. */
    @Override
    public Set<String> getPropertyNames() {
        return url == null ? Set.of() : Set.of(DatabaseUrlFallback.URL);
    }

    /** Below every source a user can write to; it only ever answers when they set no URL. */
    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "eventline database fallback";
    }
}
