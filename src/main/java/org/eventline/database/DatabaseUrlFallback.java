package org.eventline.database;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies the datasource URL when none is configured: the default address when a server answers
 * there, else the URL of a PostgreSQL embedded in this process. A configured URL (environment,
 * system property, a config file of the user's, a test resource) is never replaced.
 */
public class DatabaseUrlFallback implements ConfigSourceFactory {

    public static final String URL = "quarkus.datasource.jdbc.url";
    static final String DEFAULT_URL = "eventline.database.default-url";
    static final String EMBEDDED_ENABLED = "eventline.database.embedded.enabled";
    static final String EMBEDDED_DIRECTORY = "eventline.database.embedded.directory";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String defaultUrl = value(context, DEFAULT_URL);
        if (value(context, URL) != null || defaultUrl == null) {
            return List.of();
        }
        boolean embedded = !"false".equalsIgnoreCase(value(context, EMBEDDED_ENABLED));
        String directory = value(context, EMBEDDED_DIRECTORY);
        Path embeddedDirectory = embedded && directory != null ? Path.of(directory) : null;
        return List.of(new FallbackUrlSource(defaultUrl, embeddedDirectory));
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
