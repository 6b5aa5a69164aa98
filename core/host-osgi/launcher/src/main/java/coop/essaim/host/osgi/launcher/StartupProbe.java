package coop.essaim.host.osgi.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Measurement mode ({@code -Dessaim.exitAfterStart=true}): waits for the first HTTP 200 on
 * {@code /api/v1/health}, then reports the time since the JVM started and the heap in use, so that start-up
 * time can be measured from a script without parsing logs or racing the server.
 */
final class StartupProbe {

    static final String HEALTH = "api/v1/health";

    private StartupProbe() {
    }

    /** Returns the milliseconds from JVM start to the first 200, or -1 when it did not come in time. */
    static long waitForHealth(String baseUrl, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + HEALTH)).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                }
            } catch (IOException notYet) {
                // Jetty is not listening yet
            }
            Thread.sleep(20);
        }
        return -1;
    }

    /** Heap in use now and after a full collection, and non-heap (classes, code), in MiB. */
    static String heap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        return String.format("heap used %d MiB (%d MiB after a full GC), non-heap %d MiB", before >> 20, after >> 20,
                memory.getNonHeapMemoryUsage().getUsed() >> 20);
    }
}
