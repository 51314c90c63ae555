package org.safepassage.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started by the application itself, with its files kept in the data directory
 * across restarts. The library runs the server in a user namespace when the JVM runs as root, which
 * PostgreSQL would otherwise refuse.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STALE_SERVER_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /** Starts (creating on first use) the server whose files live in {@code dataDir/postgres}. */
    public static EmbeddedDatabase start(Path dataDir, boolean ephemeral) {
        try {
            Path directory = ephemeral
                    ? Files.createTempDirectory("safepassage-db-")
                    : dataDir.toAbsolutePath().normalize().resolve("postgres");
            Files.createDirectories(directory);
            stopServerLeftRunning(directory);
            var logFile = directory.getParent().resolve("postgres.log").toFile();
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(ephemeral)
                    // the library turns fsync and synchronous commit off for speed in tests; kept data must
                    // survive a power cut, so only a throw-away database runs without them
                    .setServerConfig("fsync", ephemeral ? "off" : "on")
                    .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("max_wal_size", "2GB")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // stopped by the application after its connection pool, not by a JVM hook racing it
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile))
                    .start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedDatabase(postgres, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After the JVM was killed (kill -9, power loss of the JVM only) the server it started keeps running and
     * holds the data directory. Stop it cleanly so this start can take over; PostgreSQL's own recovery makes
     * every committed transaction survive.
     */
    static void stopServerLeftRunning(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").contains("postgres"));
        if (server.isEmpty()) {
            return;
        }
        var process = server.get();
        log.warn("A PostgreSQL server left running by an earlier start (pid {}) holds {}; stopping it",
                process.pid(), directory);
        try {
            // SIGINT is PostgreSQL's fast shutdown: it rolls back open transactions and writes a checkpoint
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            process.onExit().get(STALE_SERVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("PostgreSQL pid {} did not stop in {}; killing it (recovery will replay its log)",
                    process.pid(), STALE_SERVER_STOP_WAIT);
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping an earlier PostgreSQL server", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Could not stop an earlier PostgreSQL server", e);
        }
    }
}
