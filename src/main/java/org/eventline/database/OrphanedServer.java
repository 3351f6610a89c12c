package org.eventline.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

/**
 * Stops an embedded server that a killed process (kill -9) left running on a data directory, so a
 * new one can start there. A stale postmaster.pid whose process is gone PostgreSQL replaces itself.
 */
final class OrphanedServer {

    private static final Logger LOG = Logger.getLogger(OrphanedServer.class);
    /** zonky's lock file: held by the live process that runs the server, released by the OS when it dies. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final long STOP_WAIT_SECONDS = 60;

    private OrphanedServer() {
    }

    static void stopIn(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("another running process uses the embedded PostgreSQL in " + directory
                        + "; stop it, or point this one at a server with QUARKUS_DATASOURCE_JDBC_URL");
            }
            Optional<ProcessHandle> postmaster = postmaster(pidFile);
            if (postmaster.isPresent()) {
                LOG.warnf("Stopping the embedded PostgreSQL (pid %d) that a process which did not shut down left running in %s",
                        postmaster.get().pid(), directory);
                // SIGTERM, a smart shutdown: the dead process's connections are already closed
                postmaster.get().destroy();
                postmaster.get().onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the embedded PostgreSQL's directory " + directory, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the embedded PostgreSQL left running in " + directory + " did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the PostgreSQL left running in " + directory, e);
        }
    }

    /** The live process named in postmaster.pid, if it is a PostgreSQL server (a pid may be reused after a reboot). */
    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
    }
}
