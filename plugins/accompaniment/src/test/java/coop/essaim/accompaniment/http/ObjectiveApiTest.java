package coop.essaim.accompaniment.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The objectives routes under /api/v1/accompaniment/, over HTTP with the demo users' tokens. */
class ObjectiveApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit().withWeb();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(essaim.baseUrl(), "accompaniment");
    }

    @Test
    void theAdviserSetsAndReviewsJeanneReadsAndWritesNothing() throws Exception {
        String karim = api.token("conseil");
        long jeanne = fixture.jeannePerson().id();
        JsonNode set = api.ok(api.send(karim, "POST", "objectives", "{\"personId\":" + jeanne + ",\"kind\":\"turnover\","
                + "\"label\":\"CA 2027\",\"amount\":{\"amount\":\"18000.00\",\"currency\":\"EUR\"},"
                + "\"dueOn\":\"2027-12-31\"}"), 201);
        long id = set.get("id").asLong();
        assertEquals("18000.00", set.get("amount").get("amount").asText());
        assertEquals("OPEN", set.get("status").asText());

        JsonNode reviewed = api.ok(api.send(karim, "POST", "objectives/" + id + "/reviews",
                "{\"reviewedOn\":\"2026-11-30\",\"status\":\"on_track\",\"note\":\"Trois devis signés\"}"), 200);
        assertEquals("ON_TRACK", reviewed.get("status").asText());
        assertEquals("Trois devis signés", reviewed.get("reviews").get(0).get("note").asText());

        String hers = api.token("jeanne");
        JsonNode own = api.ok(api.get(hers, "objectives"), 200);
        assertTrue(own.toString().contains("Trois devis signés"), own.toString());
        assertEquals(403, api.send(hers, "POST", "objectives/" + id + "/reviews",
                "{\"reviewedOn\":\"2026-11-30\",\"status\":\"achieved\"}").statusCode());
        assertEquals(404, api.get(api.token("compta"), "objectives/" + id).statusCode());

        JsonNode refused = api.problem(api.send(karim, "POST", "objectives", "{\"personId\":" + jeanne
                + ",\"kind\":\"hours\",\"label\":\"Heures\",\"hours\":0,\"dueOn\":\"2027-06-30\"}"), 422);
        assertTrue(ApiClient.fieldError(refused, "hours").contains("10"), refused.toString());
        JsonNode bad = api.problem(api.send(karim, "POST", "objectives", "{\"personId\":" + jeanne
                + ",\"kind\":\"wish\",\"label\":\"x\"}"), 400);
        ApiClient.fieldError(bad, "kind");
    }
}
