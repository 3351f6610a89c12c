package org.eventline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.postgresql.Driver;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.eventline.database.DatabaseUrlFallback;

/**
 * The PostgreSQL server the tests run against, for test code that connects to it on its own: the
 * configured URL, else the default address when it answers, else the embedded server, decided by
 * the same DatabaseUrlFallback as the application's, over the same configuration.
 */
public final class TestServer {

    private static final Properties SERVER = Driver.parseURL(testDatabaseUrl(), new Properties());

    private TestServer() {
    }

    public static String host() {
        return SERVER.getProperty("PGHOST");
    }

    public static int port() {
        return Integer.parseInt(SERVER.getProperty("PGPORT"));
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    private static String testDatabaseUrl() {
        try {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withProfile("test")
                    .addDefaultInterceptors()
                    .addDefaultSources()
                    .withSources(new PropertiesConfigSource(TestServer.class.getClassLoader().getResource("application.properties"), 250))
                    .withSources(new DatabaseUrlFallback())
                    .build();
            return config.getValue(DatabaseUrlFallback.URL, String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
