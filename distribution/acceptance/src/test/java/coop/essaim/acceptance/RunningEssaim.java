package coop.essaim.acceptance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The distribution's {@code bin/essaim}, started as a person would start it, in its own process. Its output is
 * kept (and written to a log file beside the data) so a failing test shows what the server said.
 */
final class RunningEssaim implements AutoCloseable {

    static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final int port;
    private final Path log;

    private RunningEssaim(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        Thread pump = new Thread(this::pump, "essaim-output-" + port);
        pump.setDaemon(true);
        pump.start();
    }

    static Path distribution() {
        Path dist = Path.of(System.getProperty("essaim.dist", "../standard/target/essaim-0.1.0-SNAPSHOT"));
        if (!Files.isExecutable(dist.resolve("bin/essaim"))) {
            throw new IllegalStateException("no assembled distribution at " + dist.toAbsolutePath()
                    + ": build distribution/standard first");
        }
        return dist.toAbsolutePath();
    }

    static Path work(String name) throws IOException {
        Path base = Path.of(System.getProperty("essaim.work", "target/acceptance-work"));
        return Files.createDirectories(base.resolve(name + "-" + System.nanoTime())).toAbsolutePath();
    }

    /** {@code command} is "run" or "demo"; {@code host} "osgi" or "pf4j". Returns once the server says it runs. */
    static RunningEssaim start(String command, String host, Path data, Path home) throws IOException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(distribution().resolve("bin/essaim").toString(), command,
                "--host", host, "--data", data.toString(), "--port", Integer.toString(port)));
        if (home != null) {
            cmd.addAll(List.of("--home", home.toString()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        RunningEssaim e = new RunningEssaim(p, port, data.resolveSibling(data.getFileName() + "-" + host + ".log"));
        try {
            e.awaitLine("is running at", START_LIMIT);
        } catch (AssertionError | RuntimeException notStarted) {
            p.destroyForcibly();   // never leave a server behind the failed test
            throw notStarted;
        }
        return e;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    List<String> output() {
        return List.copyOf(output);
    }

    String outputText() {
        return String.join("\n", output);
    }

    /**
     * The lines where the server reported a fault: any ERROR, and Wicket's warnings (a page it could not store
     * between requests, a text looked up before its component was on the page). A crawl of every page should
     * leave none.
     */
    List<String> faultsLogged() {
        return output.stream().filter(l -> l.contains("] ERROR") || l.startsWith("org.apache.wicket") && l.contains("] WARN"))
                .toList();
    }

    void awaitLine(String fragment, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (output.stream().anyMatch(l -> l.contains(fragment))) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("essaim exited with " + process.exitValue() + " before printing '"
                        + fragment + "':\n" + outputText());
            }
            sleep(100);
        }
        throw new AssertionError("essaim did not print '" + fragment + "' within " + limit + ":\n" + outputText());
    }

    /**
     * Stops the server as a service manager does: SIGTERM to the JVM (bin/essaim execs java), which runs the
     * same shutdown hook as Ctrl-C. (SIGINT itself is not sent: a process started from a non-interactive
     * background shell inherits it ignored, as CI may be.) Returns the exit code.
     */
    int interrupt(Duration limit) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("essaim did not stop within " + limit + " after Ctrl-C:\n" + outputText());
        }
        return process.exitValue();
    }

    /** {@code kill -9}: the JVM ends at once, without its shutdown hook, as in a power cut or an OOM killer. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("essaim survived SIGKILL for 30 s");
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try {
            Files.write(log, output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
