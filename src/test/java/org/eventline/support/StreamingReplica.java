package org.eventline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real streaming replica of the test server for the application under test: a second
 * PostgreSQL cluster made with pg_basebackup -R from the primary into a temporary directory,
 * started on a free port (as the postgres user when the tests run as root, which PostgreSQL
 * refuses), and stopped and deleted at the end. Tests pause its replay, stop and start it.
 * The primary must admit replication connections from 127.0.0.1 (.ci/run sees to it).
 */
public class StreamingReplica implements QuarkusTestResourceLifecycleManager {

    private static final Path BINARIES = Path.of("/usr/lib/postgresql/15/bin");
    /** Settings a hot standby must hold at least as high as its primary. */
    private static final List<String> AT_LEAST_THE_PRIMARY = List.of("max_connections", "max_worker_processes",
            "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction");

    private static StreamingReplica running;

    private Path directory;
    private int port;
    private Thread cleanUpAtExit;

    /** The replica of the application under test. */
    public static StreamingReplica running() {
        return running;
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("eventline-replica");
            if (runsAsRoot()) {
                UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(directory, postgres);
            }
            port = freePort();
            cleanUpAtExit = new Thread(this::stopAndDelete);
            Runtime.getRuntime().addShutdownHook(cleanUpAtExit);
            run("pg_basebackup", "-h", TestServer.host(), "-p", String.valueOf(TestServer.port()), "-U", "postgres",
                    "-D", data().toString(), "-R", "-X", "stream", "-c", "fast");
            writeConfiguration();
            startServer();
            running = this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.replica.jdbc.url", url(),
                "eventline.replica.max-lag", "5S",
                "eventline.replica.check-interval", "200MS");
    }

    @Override
    public void stop() {
        stopAndDelete();
        Runtime.getRuntime().removeShutdownHook(cleanUpAtExit);
        running = null;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/test";
    }

    public void startServer() {
        run("pg_ctl", "-D", data().toString(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60", "start");
    }

    public boolean serverRunning() {
        return Files.exists(data().resolve("postmaster.pid"));
    }

    /** A fast shutdown: open connections are cut, as when a replica's machine goes away. */
    public void stopServer() {
        run("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    /** Stops applying the primary's log: the replica keeps answering, with the data it had. */
    public void pauseReplay() {
        execute("select pg_wal_replay_pause()");
        await(() -> "paused".equals(query("select pg_get_wal_replay_pause_state()")), "replay to pause");
    }

    public void resumeReplay() {
        execute("select pg_wal_replay_resume()");
    }

    /** Waits until the replica has replayed every write the primary has committed so far. */
    public void awaitCaughtUp() {
        String primary;
        try (Connection connection = DriverManager.getConnection(TestServer.url("test"), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_current_wal_lsn()::text")) {
            row.next();
            primary = row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        await(() -> "t".equals(query("select pg_last_wal_replay_lsn() >= '" + primary + "'::pg_lsn")), "the replica to catch up");
    }

    private void execute(String sql) {
        query(sql);
    }

    private String query(String sql) {
        try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on the replica", e);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited a minute for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    /** Debian keeps the primary's configuration outside its data directory: the copy gets its own. */
    private void writeConfiguration() throws IOException {
        List<String> settings = new ArrayList<>(List.of("port = " + port, "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + directory + "'", "hot_standby = on", "fsync = off"));
        try (Connection connection = DriverManager.getConnection(TestServer.url("test"), "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String name : AT_LEAST_THE_PRIMARY) {
                try (ResultSet row = statement.executeQuery("select current_setting('" + name + "')")) {
                    row.next();
                    settings.add(name + " = " + row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the primary's settings", e);
        }
        writeAsServerUser(data().resolve("postgresql.conf"), String.join("\n", settings) + "\n");
        writeAsServerUser(data().resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
    }

    private void writeAsServerUser(Path file, String text) throws IOException {
        Files.writeString(file, text);
        if (runsAsRoot()) {
            Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
        }
    }

    private void stopAndDelete() {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        if (serverRunning()) {
            try {
                stopServer();
            } catch (IllegalStateException alreadyStopped) {
                // deleted below all the same
            }
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BINARIES.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
