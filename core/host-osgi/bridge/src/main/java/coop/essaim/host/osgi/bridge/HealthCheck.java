package coop.essaim.host.osgi.bridge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for the server to answer as a browser would see it: HTTP 200 on {@code /api/v1/health}. */
final class HealthCheck {

    static final String PATH = "api/v1/health";

    private HealthCheck() {
    }

    /** @param baseUrl ends with "/"; returns false on timeout or when {@code abort} says so */
    static boolean await(String baseUrl, Duration timeout, BooleanSupplier abort) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH)).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!abort.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Jetty not listening yet, or the servlet not yet published
            }
            Thread.sleep(50);
        }
        return false;
    }
}
