package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.essaim.kernel.demo.DemoLogin;
import coop.essaim.web.KernelFixture;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTP calls to the API of a {@code LoopbackServer}, as a script would make them, with a demo user's token. */
final class ApiCalls {

    final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    /** {@code server}: {@code http://127.0.0.1:<port>/}. */
    ApiCalls(URI server) {
        this.base = server;
    }

    String token(String role) throws Exception {
        DemoLogin login = KernelFixture.demo(role);
        HttpResponse<String> r = call(null, "POST", "api/v1/tokens",
                json.writeValueAsString(Map.of("login", login.login(), "password", login.password())));
        assertEquals(201, r.statusCode(), r.body());
        return json.readTree(r.body()).get("token").asText();
    }

    HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return call(token, "GET", path, null);
    }

    /** {@code path} relative to {@code /api/v1/} unless it starts with a slash (a Location or Link); a
     * {@code Content-Type} among {@code headers} replaces the JSON one a body otherwise gets. */
    HttpResponse<String> call(String token, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        URI uri = path.startsWith("/") ? base.resolve(path.substring(1))
                : base.resolve(path.startsWith("api/") ? path : "api/v1/" + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a successful answer of {@code status}. */
    JsonNode ok(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
        return json.readTree(r.body());
    }

    /** The problem document of an answer of {@code status}. */
    JsonNode problem(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode body = json.readTree(r.body());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("detail").asText().isBlank());
        return body;
    }

    /** The message of the field error on {@code field}; fails when the problem has none. */
    static String fieldError(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (e.get("field").asText().equals(field)) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no error on " + field + " in " + problem);
    }
}
