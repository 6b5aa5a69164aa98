package coop.essaim.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Small HTTP client for the API as an integration script would use it. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any call; {@code json} is sent as the body when not null. {@code path} relative to the base. */
    HttpResponse<String> send(String method, String path, String bearer, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A text body ({@code text/csv}, {@code text/plain}...) posted with a long time limit: imports take time. */
    HttpResponse<String> postText(String path, String bearer, String contentType, String body)
            throws IOException, InterruptedException {
        return client.send(longPost(path, bearer, contentType + "; charset=UTF-8", body),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A text body posted without waiting for the answer (the server may be killed before it answers). */
    CompletableFuture<HttpResponse<String>> postTextAsync(String path, String bearer, String contentType,
                                                          String body) {
        return client.sendAsync(longPost(path, bearer, contentType + "; charset=UTF-8", body),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON call the test does not wait for (the server may be killed before it answers). */
    CompletableFuture<HttpResponse<String>> postJsonAsync(String path, String bearer, String json) {
        return client.sendAsync(longPost(path, bearer, "application/json", json), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest longPost(String path, String bearer, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return client.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the call failed as a client sees a server die: the connection dropped, no answer. */
    static boolean diedWithServer(CompletableFuture<HttpResponse<String>> answer) throws InterruptedException {
        try {
            answer.get(30, TimeUnit.SECONDS);
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            throw new AssertionError("the client heard nothing 30 s after the server died");
        }
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    String token(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = postJson("api/v1/tokens", JSON.createObjectNode().put("login", login)
                .put("password", password).toString());
        if (r.statusCode() != 201) {
            throw new AssertionError("token for " + login + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return json(r).get("token").asText();
    }
}
