package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.web.EssaimWeb;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code /api/v1/people/{id}/terms}: Jeanne's employment terms, amended by her adviser, read by her. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermsApiTest {

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private String adviser;
    private String jeanne;
    private long jeanneId;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        adviser = api.token(CoreRoles.ADVISER);
        jeanne = api.token(CoreRoles.ENTREPRENEUR);
        jeanneId = api.ok(api.get(jeanne, "people"), 200).get("items").get(0).get("id").asLong();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    @Test
    void theAdviserRecordsTermsJeanneReadsThemAndBadFieldsAreNamed() throws Exception {
        String salariedSince = api.ok(api.get(adviser, "people/" + jeanneId), 200).get("statusSince").asText();
        JsonNode created = api.ok(api.call(adviser, "POST", "people/" + jeanneId + "/terms", "{\"validFrom\": \""
                + salariedSince + "\", \"hours\": \"13\", \"per\": \"MONTH\", \"loadedHourlyCost\": {\"amount\":"
                + " \"10.10\", \"currency\": \"EUR\"}}"), 201);
        assertEquals("13", created.get("hours").asText());
        JsonNode mine = api.ok(api.get(jeanne, "people/" + jeanneId + "/terms"), 200);
        assertEquals("10.10", mine.get("items").get(0).get("loadedHourlyCost").get("amount").asText());

        JsonNode bad = api.problem(api.call(adviser, "POST", "people/" + jeanneId + "/terms", "{\"validFrom\": \""
                + salariedSince + "\", \"hours\": \"beaucoup\", \"per\": \"DAY\", \"loadedHourlyCost\": {\"amount\":"
                + " \"10.10\", \"currency\": \"EUR\"}}"), 400);
        assertEquals(2, bad.get("errors").size(), bad.toString());
        api.problem(api.call(jeanne, "POST", "people/" + jeanneId + "/terms", "{\"validFrom\": \"" + salariedSince
                + "\", \"hours\": \"35\", \"per\": \"WEEK\", \"loadedHourlyCost\": {\"amount\": \"20.00\","
                + " \"currency\": \"EUR\"}}"), 403);
        assertEquals(1, api.ok(api.get(adviser, "people/" + jeanneId + "/terms"), 200).get("items").size());
    }
}
