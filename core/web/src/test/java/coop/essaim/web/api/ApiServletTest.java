package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.kernel.demo.DemoLogin;
import coop.essaim.web.EssaimWeb;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API servlet in a real (embedded Jetty 12) container on a loopback port, over a real kernel. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServletTest {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private KernelFixture fixture;
    private LoopbackServer server;
    private URI base;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        base = server.base().resolve("api/v1/");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    @Test
    void healthNeedsNoAuthentication() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("health")).GET());
        assertEquals(200, r.statusCode());
        JsonNode body = json.readTree(r.body());
        assertEquals("UP", body.get("status").asText());
        assertEquals(fixture.kernel().version(), body.get("version").asText());
        assertEquals("test", body.get("host").asText());
        assertEquals(1, body.get("modules").get("started").asInt());
        assertEquals(0, body.get("modules").get("failed").asInt());
    }

    @Test
    void tokenForValidCredentialsOpensTheModulesListAndCanBeRevoked() throws Exception {
        String token = token(CoreRoles.ADMINISTRATOR);
        HttpResponse<String> modules = send(HttpRequest.newBuilder(base.resolve("modules"))
                .header("Authorization", "Bearer " + token).GET());
        assertEquals(200, modules.statusCode());
        JsonNode list = json.readTree(modules.body());
        assertEquals("core", list.get(0).get("id").asText());
        assertEquals("STARTED", list.get(0).get("state").asText());
        assertTrue(list.get(0).get("core").asBoolean());

        HttpResponse<String> me = send(HttpRequest.newBuilder(base.resolve("me"))
                .header("Authorization", "Bearer " + token).GET());
        assertEquals("admin", json.readTree(me.body()).get("login").asText());

        HttpResponse<String> revoke = send(HttpRequest.newBuilder(base.resolve("tokens/current"))
                .header("Authorization", "Bearer " + token).DELETE());
        assertEquals(204, revoke.statusCode());
        HttpResponse<String> after = send(HttpRequest.newBuilder(base.resolve("modules"))
                .header("Authorization", "Bearer " + token).GET());
        assertEquals(401, after.statusCode());
    }

    @Test
    void wrongCredentialsGive401Problem() throws Exception {
        HttpResponse<String> r = postJson("tokens", "{\"login\":\"admin\",\"password\":\"wrong-password\"}");
        assertProblem(r, 401);
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertFalse(r.body().contains("token\":\""));
    }

    @Test
    void repeatedFailuresGive429() throws Exception {
        DemoLogin accountant = KernelFixture.demo(CoreRoles.ACCOUNTANT);
        int status = 0;
        for (int i = 0; i < 8 && status != 429; i++) {
            status = postJson("tokens", "{\"login\":\"" + accountant.login() + "\",\"password\":\"wrong-" + i + "\"}")
                    .statusCode();
        }
        assertEquals(429, status);
        HttpResponse<String> right = postJson("tokens", "{\"login\":\"" + accountant.login() + "\",\"password\":\""
                + accountant.password() + "\"}");
        assertProblem(right, 429);
    }

    @Test
    void modulesWithoutTokenIs401AndWithAnEntrepreneursTokenIs403() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(base.resolve("modules")).GET());
        assertProblem(anonymous, 401);
        assertEquals("Bearer realm=\"essaim\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));

        HttpResponse<String> bogus = send(HttpRequest.newBuilder(base.resolve("modules"))
                .header("Authorization", "Bearer not-a-token").GET());
        assertProblem(bogus, 401);
        assertTrue(bogus.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));

        String token = token(CoreRoles.ENTREPRENEUR);
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("modules"))
                .header("Authorization", "Bearer " + token).GET());
        assertProblem(r, 403);
        assertTrue(json.readTree(r.body()).get("detail").asText().contains("core.modules.view"));
    }

    /**
     * A refusal answered before the body has arrived must still read it: otherwise Jetty closes the kept-alive
     * connection without saying so, and a client that reuses it (as {@code java.net.http} does) fails its next
     * call with "header parser received no bytes".
     */
    @Test
    void aRefusalAnsweredBeforeTheBodyArrivesKeepsTheConnectionUsable() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String path = base.getPath();
            out.write(("POST " + path + "people HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            out.write(("{}GET " + path + "health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answers.startsWith("HTTP/1.1 401"), answers);
            assertTrue(answers.contains("HTTP/1.1 200"), answers);
            assertTrue(answers.contains("\"status\":\"UP\""), answers);
        }
    }

    @Test
    void malformedJsonIs400SayingWhere() throws Exception {
        HttpResponse<String> r = postJson("tokens", "{\"login\": \"admin\", \"password\": }");
        assertProblem(r, 400);
        String detail = json.readTree(r.body()).get("detail").asText();
        assertTrue(detail.contains("ligne 1") && detail.contains("colonne"), detail);
    }

    @Test
    void missingOrMistypedFieldsAreListed() throws Exception {
        HttpResponse<String> r = postJson("tokens", "{\"login\": 42}");
        assertProblem(r, 400);
        JsonNode errors = json.readTree(r.body()).get("errors");
        assertEquals(2, errors.size());
        assertEquals("login", errors.get(0).get("field").asText());
        assertTrue(errors.get(0).get("message").asText().contains("chaîne"), errors.toString());
        assertEquals("password", errors.get(1).get("field").asText());
        assertEquals("obligatoire", errors.get(1).get("message").asText());
    }

    @Test
    void englishIsAnsweredToThoseWhoAskForIt() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("tokens"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("[1]")));
        assertProblem(r, 400);
        assertEquals("A JSON object is expected, got: array.", json.readTree(r.body()).get("detail").asText());
    }

    @Test
    void otherContentTypeIs415() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("tokens"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("login=admin")));
        assertProblem(r, 415);
    }

    @Test
    void wrongMethodIs405WithAllowAndUnknownPathIs404() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("health"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertProblem(r, 405);
        assertEquals("GET", r.headers().firstValue("Allow").orElse(""));
        assertProblem(send(HttpRequest.newBuilder(base.resolve("nothing")).GET()), 404);
    }

    private String token(String role) throws Exception {
        DemoLogin login = KernelFixture.demo(role);
        HttpResponse<String> r = postJson("tokens", json.writeValueAsString(
                java.util.Map.of("login", login.login(), "password", login.password())));
        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = json.readTree(r.body());
        assertFalse(body.get("expiresAt").asText().isBlank());
        return body.get("token").asText();
    }

    private HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertProblem(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode body = json.readTree(r.body());
        assertEquals(status, body.get("status").asInt());
        assertEquals("about:blank", body.get("type").asText());
        assertFalse(body.get("title").asText().isBlank());
        assertFalse(body.get("detail").asText().isBlank());
    }
}
