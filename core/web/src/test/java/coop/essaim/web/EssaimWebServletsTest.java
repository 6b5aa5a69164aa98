package coop.essaim.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three servlets as a host maps them (/*, /api/*, /theme/*), in embedded Jetty 12 over a real kernel. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EssaimWebServletsTest {

    private KernelFixture fixture;
    private LoopbackServer server;
    private URI base;
    private Path home;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        home = fixture.kernel().environment().home();
        server = LoopbackServer.start(true, Map.of(
                "/*", EssaimWeb.wicketServlet(fixture.kernel(), folder.resolve("pages")),
                "/api/*", EssaimWeb.apiServlet(fixture.kernel()),
                "/theme/*", EssaimWeb.themeServlet(fixture.kernel())));
        base = server.base();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    @Test
    void anonymousVisitorGetsTheLoginPageInFrenchWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("", "Sec-Fetch-Site", "none");
        assertEquals(200, r.statusCode());
        assertTrue(r.uri().getPath().startsWith("/login"), r.uri().toString());
        assertTrue(r.body().contains("Se connecter"));
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.body().contains("href=\"theme/essaim.css\""));
    }

    @Test
    void themeComesFromTheBuiltInCopyThenFromTheInstallationFolder() throws Exception {
        HttpResponse<String> builtIn = get("theme/essaim.css");
        assertEquals(200, builtIn.statusCode());
        assertTrue(builtIn.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(builtIn.body().contains("--essaim-accent"));

        Path folder = Files.createDirectories(home.resolve("themes/default"));
        Files.writeString(folder.resolve("essaim.css"), ":root { --essaim-accent: #123456; }");
        HttpResponse<String> own = get("theme/essaim.css");
        assertEquals(":root { --essaim-accent: #123456; }", own.body());
        Files.delete(folder.resolve("essaim.css"));
    }

    @Test
    void themeServesNothingOutsideItsFolder() throws Exception {
        Files.writeString(Files.createDirectories(home.resolve("conf")).resolve("secret.css"), "TOP-SECRET-CONTENT");
        HttpResponse<String> traversal = get("theme/..%2Fconf%2Fsecret.css");
        assertTrue(traversal.statusCode() >= 400 && !traversal.body().contains("TOP-SECRET-CONTENT"), traversal.body());
        assertEquals(404, get("theme/.hidden.css").statusCode());
        assertEquals(404, get("theme/essaim.exe").statusCode());
    }

    @Test
    void apiAnswersBesideTheApplication() throws Exception {
        HttpResponse<String> r = get("api/v1/health");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"status\":\"UP\""));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
