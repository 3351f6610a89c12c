package org.eventline.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL 15 run by this process, on a data directory that survives restarts, so the seed and
 * every import are still there next time. One per JVM; it stops when the JVM does.
 */
final class EmbeddedServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class);
    /**
     * The running server's port, kept in a system property rather than a field: Quarkus tests load
     * this class again for every application restart, and a second server cannot share the directory.
     */
    private static final String RUNNING_PORT = "org.eventline.embedded-postgres.port";
    /** initdb and the first start unpack the binaries and create the cluster: seconds, not a minute. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    /** Longer than quarkus.shutdown.delay and .timeout together (5 s and 20 s). */
    private static final Duration APPLICATION_STOP_WAIT = Duration.ofSeconds(30);

    private EmbeddedServer() {
    }

    /** The JDBC URL of the database on the embedded server, starting the server and creating the database if needed. */
    static synchronized String url(Path directory, String database) {
        String port = System.getProperty(RUNNING_PORT);
        if (port == null) {
            port = Integer.toString(start(directory));
            System.setProperty(RUNNING_PORT, port);
        }
        String url = "jdbc:postgresql://localhost:" + port + "/";
        DatabaseCatalogRepository.createIfMissing(url + "postgres", database);
        return url + database;
    }

    private static int start(Path directory) {
        OrphanedServer.stopIn(directory);
        long started = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // durable like production: zonky's defaults (-F, synchronous_commit off) suit throwaway test servers
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    // server logs go to files in the data directory, not to the application's console
                    .setServerConfig("logging_collector", "on")
                    .setPGStartupWait(STARTUP_WAIT)
                    .setRegisterShutdownHook(false);
            if (System.getProperty("os.name").startsWith("Linux")) {
                // the collation and character classes of the project's servers
                builder.setLocaleConfig("locale", "C.UTF-8");
            }
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterTheApplication(server), "embedded-postgres-stop"));
            LOG.infof("Embedded PostgreSQL started in %d ms on localhost:%d, data in %s (server logs in its log/ folder)",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), server.getPort(), directory);
            return server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * Stops the server once the application has drained its requests: JVM shutdown hooks run all at
     * once, and zonky's own would stop the database under the graceful shutdown's last requests.
     */
    private static void stopAfterTheApplication(EmbeddedPostgres server) {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiting = new Thread(application::awaitShutdown, "embedded-postgres-await-application");
            waiting.setDaemon(true);
            waiting.start();
            try {
                waiting.join(APPLICATION_STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("could not stop the embedded PostgreSQL", e);
        }
    }
}
