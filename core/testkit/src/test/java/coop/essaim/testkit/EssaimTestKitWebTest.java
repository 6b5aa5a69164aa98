package coop.essaim.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** withWeb(): the embedded Jetty on a free port; one test kit per test (an instance field). */
class EssaimTestKitWebTest {

    @RegisterExtension
    EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/test-classes")).withWeb();

    @Test
    void healthEndpointAnswersOnTheFreePort() throws Exception {
        assertTrue(essaim.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/"), essaim.baseUrl());
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(essaim.baseUrl() + "api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"started\":2"), r.body());
    }
}
