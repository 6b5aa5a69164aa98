package coop.essaim.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP calls to the test kit's API as a script makes them, with a demo user's bearer token: a plugin's API tests
 * call {@code /api/v1/<module-id>/} through it ({@code new ApiClient(essaim.baseUrl(), "payroll")}).
 */
public final class ApiClient {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String module;

    /** {@code baseUrl}: the test kit's {@code http://127.0.0.1:<port>/}; {@code moduleId}: whose routes are relative. */
    public ApiClient(String baseUrl, String moduleId) {
        this.base = URI.create(baseUrl);
        this.module = moduleId;
    }

    /** A token of the demo user {@code login} (password {@code essaim-<login>-demo}). */
    public String token(String login) throws Exception {
        HttpResponse<String> r = send(null, "POST", "/api/v1/tokens",
                json.writeValueAsString(Map.of("login", login, "password", "essaim-" + login + "-demo")));
        return ok(r, 201).get("token").asText();
    }

    /** {@code path} relative to {@code /api/v1/<module-id>/}, or absolute when it starts with a slash. */
    public HttpResponse<String> send(String token, String method, String path, String body)
            throws IOException, InterruptedException {
        URI uri = base.resolve(path.startsWith("/") ? path.substring(1) : "api/v1/" + module + "/" + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return send(token, "GET", path, null);
    }

    /** The JSON of an answer that must have {@code status}. */
    public JsonNode ok(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
        return json.readTree(r.body());
    }

    /** The problem document of an answer that must have {@code status}. */
    public JsonNode problem(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.toString());
        return json.readTree(r.body());
    }

    /** The message of the problem's error on {@code field}; fails when there is none. */
    public static String fieldError(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (e.get("field").asText().equals(field)) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no error on " + field + " in " + problem);
    }
}
