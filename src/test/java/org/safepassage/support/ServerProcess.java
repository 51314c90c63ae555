package org.safepassage.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar, started as a newcomer would: {@code java -jar target/safepassage.jar serve ...}. */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("ready on http://localhost:(\\d+)/");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile int port = -1;
    private final long startedNanos = System.nanoTime();
    private volatile long readyNanos;

    private ServerProcess(Process process) {
        this.process = process;
        var reader = new Thread(this::read, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static ServerProcess start(Path dataDir, Map<String, String> environment, String... extraArgs)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new java.util.ArrayList<>(List.of(java, "-jar", "target/safepassage.jar", "serve", "--port", "0",
                "--data-dir", dataDir.toString()));
        command.addAll(List.of(extraArgs));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new ServerProcess(builder.start());
    }

    private void read() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                Matcher matcher = READY.matcher(line);
                if (matcher.find()) {
                    port = Integer.parseInt(matcher.group(1));
                    readyNanos = System.nanoTime();
                    ready.countDown();
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** Waits for the "ready" line; fails with the server's output if it does not come. */
    public ServerProcess awaitReady(Duration timeout) throws InterruptedException {
        if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Server not ready within " + timeout + ":\n" + String.join("\n", output));
        }
        return this;
    }

    public Duration startupTime() {
        return Duration.ofNanos(readyNanos - startedNanos);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    /** Kills the JVM without letting it shut anything down, like a power cut of the application. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
