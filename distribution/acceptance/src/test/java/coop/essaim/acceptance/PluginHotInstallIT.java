package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The contributor's path end to end: the plugin generated from the archetype (and built by the archetype's own
 * integration test) is dropped into the plugins folder of a running server; within seconds the Modules API lists
 * it STARTED, its menu entry and page appear, and its table takes a note; removed, it is gone and the rest keeps
 * working. On both hosts.
 */
class PluginHotInstallIT {

    private static final String PLUGIN_ID = "field-notes";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @ParameterizedTest(name = "{0} host")
    @ValueSource(strings = {"osgi", "pf4j"})
    void aGeneratedPluginDroppedInIsServedAndRemovedCleanly(String host) throws Exception {
        Path work = RunningEssaim.work("hot-" + host);
        Path home = Installations.privateHome(work.resolve("home"));
        try (RunningEssaim essaim = RunningEssaim.start("demo", host, work.resolve("data"), home)) {
            Http http = new Http(essaim.baseUrl());
            String admin = http.token("admin", DemoUsers.password(essaim, "admin"));
            assertTrue(state(http, admin).isEmpty(), "not installed yet");

            Path jar = home.resolve("plugins").resolve(generatedPlugin().getFileName());
            Files.copy(generatedPlugin(), jar);
            awaitState(http, admin, "STARTED");

            ChromeDriver browser = Browser.start(work.resolve("chromium"));
            try {
                WebDriverWait wait = new WebDriverWait(browser, WITHIN);
                browser.get(essaim.baseUrl());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.name("password")));
                browser.findElement(By.name("login")).sendKeys("admin");
                browser.findElement(By.name("password")).sendKeys(DemoUsers.password(essaim, "admin"));
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='m/" + PLUGIN_ID + "/notes']")));
                browser.findElement(By.cssSelector("a[href*='m/" + PLUGIN_ID + "/notes']")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.name("body")));
                browser.findElement(By.name("body")).sendKeys("Rendez-vous avec Jeanne le 12");
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.notes"),
                        "Rendez-vous avec Jeanne le 12"));
                Browser.screenshot(browser, work.resolve("plugin-page.png"));

                Files.delete(jar);
                awaitGone(http, admin);
                browser.get(essaim.baseUrl() + "m/" + PLUGIN_ID + "/notes");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
                assertTrue(browser.findElements(By.name("body")).isEmpty(), "the page is gone with its plugin");
                assertEquals(404, http.get("m/" + PLUGIN_ID + "/notes", null).statusCode());
                assertEquals(200, http.get("api/v1/health", null).statusCode(), "the rest keeps working");
            } finally {
                browser.quit();
            }
        }
    }

    static Path generatedPlugin() throws IOException {
        Path projects = Path.of(System.getProperty("essaim.archetype.projects",
                "../archetype/target/test-classes/projects"));
        try (Stream<Path> s = Files.walk(projects)) {
            return s.filter(p -> p.getFileName().toString().matches("essaim-field-notes-.*\\.jar"))
                    .filter(p -> p.getParent().getFileName().toString().equals("target"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the archetype's integration test "
                            + "did not build the generated plugin under " + projects.toAbsolutePath()));
        }
    }

    private static String state(Http http, String token) throws Exception {
        JsonNode modules = Http.json(http.get("api/v1/modules", token));
        for (JsonNode m : modules.path("modules").isArray() ? modules.path("modules") : modules) {
            if (PLUGIN_ID.equals(m.path("id").asText())) {
                return m.path("state").asText();
            }
        }
        return "";
    }

    private static void awaitState(Http http, String token, String expected) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = state(http, token);
            if (expected.equals(last)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(PLUGIN_ID + " is '" + last + "', not " + expected + ", " + WITHIN + " after the drop: "
                + http.get("api/v1/modules", token).body());
    }

    private static void awaitGone(Http http, String token) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (state(http, token).isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(PLUGIN_ID + " still listed " + WITHIN + " after its jar was removed");
    }
}
