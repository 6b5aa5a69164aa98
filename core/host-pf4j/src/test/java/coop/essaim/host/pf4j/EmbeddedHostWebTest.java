package coop.essaim.host.pf4j;

import coop.essaim.api.module.ModuleState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded host serving over HTTP: a plugin jar present at start is started, its page mounted and served. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedHostWebTest {

    @TempDir
    static Path home;
    static EmbeddedHost host;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.hello().writeTo(home.resolve("plugins/hello-0.1.0.jar"));
        host = EmbeddedHost.start(Fixtures.options(home));
        browser = new Browser(host.baseUrl().orElseThrow());
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.stop();
        }
    }

    @Test
    @Order(1)
    void healthAnswers200OverHttp() throws Exception {
        HttpResponse<String> r = browser.get("api/v1/health");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"host\":\"pf4j\""), r.body());
        assertTrue(r.body().contains("\"status\":\"UP\""), r.body());
    }

    @Test
    @Order(2)
    void pluginPresentAtStartIsStartedByPf4j() {
        assertEquals(ModuleState.STARTED, host.kernel().modules().module("hello").orElseThrow().state());
        assertEquals("STARTED", host.pf4jState("hello"));
        assertTrue(host.startupReport().contains(host.baseUrl().orElseThrow()), host.startupReport());
    }

    @Test
    @Order(3)
    void pluginPageNeedsALoginThenIsServedByJetty() throws Exception {
        Fixtures.firstCooperative(host.kernel());
        HttpResponse<String> anonymous = browser.getWithoutRedirects("m/hello/hello");
        assertEquals(302, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login"),
                anonymous.headers().map().toString());

        HttpResponse<String> afterLogin = browser.logIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        assertEquals(200, afterLogin.statusCode());
        HttpResponse<String> page = browser.get("m/hello/hello");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Hello from the hello fixture plugin"), page.body());
        assertTrue(page.uri().getPath().startsWith("/m/hello/hello"), page.uri().toString());
    }

    @Test
    @Order(4)
    void removingTheJarUnmountsThePage() throws Exception {
        Files.delete(home.resolve("plugins/hello-0.1.0.jar"));
        // the kernel forgets the module first, then PF4J unloads the plugin: wait for both
        Await.until("hello removed", () -> host.kernel().modules().module("hello").isEmpty()
                && "null".equals(host.pf4jState("hello")), host.kernel().modules());
        assertEquals("null", host.pf4jState("hello"));
        HttpResponse<String> page = browser.get("m/hello/hello");
        assertEquals(404, page.statusCode(), page.body());
    }
}
