package coop.essaim.mutualtraining.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.mutualtraining.TrainingFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes under /api/v1/mutual-training/, over HTTP with the demo users' tokens. */
class TrainingApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = TrainingFixture.kit().withWeb();

    private static String request(String title, String cost) {
        return "{\"title\": \"" + title + "\", \"internal\": true, \"goal\": \"Apprendre\", \"purpose\": \"Atelier\","
                + " \"cost\": {\"amount\": \"" + cost + "\", \"currency\": \"EUR\"}, \"hours\": \"7\"}";
    }

    @Test
    void aMemberRequestsTheCommitteeDecidesAndOthersGet404Or403() throws Exception {
        ApiClient api = new ApiClient(essaim.baseUrl(), "mutual-training");
        String jeanne = api.token("jeanne");
        String elu = api.token("elu");
        String compta = api.token("compta");
        int year = LocalDate.now().getYear();
        JsonNode created = api.ok(api.send(jeanne, "POST", "requests", request("Couture API", "0.00")), 201);
        long id = created.get("id").asLong();
        assertEquals("submitted", created.get("status").asText());
        assertEquals(4, created.get("criteria").size());
        assertTrue(api.ok(api.get(jeanne, "requests"), 200).get("items").findValues("id").stream()
                .anyMatch(n -> n.asLong() == id));

        JsonNode other = api.ok(api.send(compta, "POST", "requests", request("Tableur", "0.00")), 201);
        assertEquals(404, api.get(jeanne, "requests/" + other.get("id").asLong()).statusCode());
        assertEquals(403, api.send(jeanne, "POST", "requests/" + id + "/decision",
                "{\"choice\": \"approve\", \"reasons\": \"moi\"}").statusCode());
        assertEquals(403, api.get(jeanne, "requests?all=true&year=" + year).statusCode());

        api.ok(api.send(compta, "POST", "budgets/" + year, "{\"contribution\": {\"amount\": \"6100.00\","
                + " \"currency\": \"EUR\"}, \"grant\": {\"amount\": \"1500.00\", \"currency\": \"EUR\"}}"), 200);
        JsonNode decided = api.ok(api.send(elu, "POST", "requests/" + id + "/decision",
                "{\"choice\": \"approve\", \"reasons\": \"Formation interne gratuite\"}"), 200);
        assertEquals("approved", decided.get("status").asText());
        assertEquals("Formation interne gratuite", api.ok(api.get(jeanne, "requests/" + id), 200)
                .get("decisionReasons").asText());

        JsonNode bad = api.problem(api.send(jeanne, "POST", "requests", "{\"title\": \"Excel\", \"internal\": false,"
                + " \"goal\": \"x\", \"cost\": {\"amount\": \"-1.00\", \"currency\": \"EUR\"},"
                + " \"hours\": \"0\"}"), 422);
        assertNotNull(ApiClient.fieldError(bad, "cost"), bad.toString());
        assertNotNull(ApiClient.fieldError(bad, "hours"), bad.toString());
        assertEquals(403, api.send(jeanne, "POST", "budgets/" + year, "{\"contribution\": {\"amount\": \"1.00\","
                + " \"currency\": \"EUR\"}, \"grant\": {\"amount\": \"0.00\", \"currency\": \"EUR\"}}").statusCode());
        assertEquals("7600.00", api.ok(api.get(jeanne, "budgets/" + year), 200).get("total").get("amount").asText());
    }
}
