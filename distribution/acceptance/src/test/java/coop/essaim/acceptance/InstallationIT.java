package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code essaim run} on each host, as an administrator installs it: an empty installation that asks for the
 * cooperative on the first visit, answers its health API, refuses anonymous API calls as JSON problems, stops
 * on Ctrl-C and starts again on the same data.
 */
class InstallationIT {

    @ParameterizedTest(name = "{0} host")
    @ValueSource(strings = {"osgi", "pf4j"})
    void anEmptyInstallationAsksForItsCooperativeAndSurvivesARestart(String host) throws Exception {
        Path data = RunningEssaim.work("run").resolve("data");
        try (RunningEssaim essaim = RunningEssaim.start("run", host, data, null)) {
            Http http = new Http(essaim.baseUrl());

            HttpResponse<String> health = http.get("api/v1/health", null);
            assertEquals(200, health.statusCode(), health.body());
            JsonNode h = Http.json(health);
            assertEquals("UP", h.get("status").asText());
            assertEquals(host, h.get("host").asText());

            HttpResponse<String> home = http.get("", null);
            assertTrue(home.statusCode() == 302 || home.statusCode() == 200, "GET / -> " + home.statusCode());
            String location = home.headers().firstValue("Location").orElse("");
            HttpResponse<String> setup = location.isEmpty() ? home : http.get(location.replaceFirst("^\\.?/", ""), null);
            assertTrue(location.contains("setup") || setup.body().contains("setup"),
                    "the first visit leads to the set-up page, got " + location + "\n" + setup.body());

            HttpResponse<String> modules = http.get("api/v1/modules", null);
            assertEquals(401, modules.statusCode());
            assertTrue(modules.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals(401, Http.json(modules).get("status").asInt());

            int exit = essaim.interrupt(Duration.ofSeconds(30));
            assertTrue(exit == 0 || exit == 130 || exit == 143, "exit code after Ctrl-C: " + exit);
        }
        assertTrue(Files.isDirectory(data.resolve("db")), "embedded Derby lives under the data folder");
        try (RunningEssaim again = RunningEssaim.start("run", host, data, null)) {
            assertEquals(200, new Http(again.baseUrl()).get("api/v1/health", null).statusCode());
        }
    }
}
