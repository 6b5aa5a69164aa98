package coop.essaim.payroll.job;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The short job routes under /api/v1/payroll/jobs, over HTTP with the Belgian demo users' tokens. */
class ShortJobsApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = BelgianJobsFixture.kit().withWeb();

    private final BelgianJobsFixture fixture = new BelgianJobsFixture(essaim);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(essaim.baseUrl(), "payroll");
    }

    @Test
    void aJobIsDeclaredWithItsPreviewListedCancelledAndRefusedByField() throws Exception {
        String accountant = api.token("compta");
        long activity = fixture.activity(BelgianJobsFixture.ZOE_ACTIVITY).id();
        long zoe = fixture.hiredForJobs(BelgianJobsFixture.ZOE_ACTIVITY);
        String body = "{\"personId\":" + zoe + ",\"activityId\":" + activity + ",\"firstDay\":\"2026-12-12\","
                + "\"lastDay\":\"2026-12-12\",\"hours\":\"8\",\"gross\":{\"amount\":\"250.00\",\"currency\":\"EUR\"},"
                + "\"description\":\"Concert Ancienne Belgique 12/12\"}";
        JsonNode declared = api.ok(api.send(accountant, "POST", "jobs", body), 201);
        assertEquals("250.00", declared.at("/gross/amount").asText());
        assertTrue(new BigDecimal(declared.at("/netPaid/amount").asText()).signum() > 0);
        assertTrue(new BigDecimal(declared.at("/employerCost/amount").asText()).compareTo(new BigDecimal("250")) > 0);
        long id = declared.at("/job/id").asLong();
        assertEquals("DECLARED", declared.at("/job/status").asText());

        JsonNode listed = api.ok(api.get(accountant, "jobs?activityId=" + activity + "&month=2026-12"), 200)
                .get("items");
        assertEquals(1, listed.size());
        assertEquals("Concert Ancienne Belgique 12/12", listed.get(0).get("description").asText());
        assertEquals(0, api.ok(api.get(accountant, "jobs?activityId=" + activity + "&month=2027-01"), 200)
                .get("items").size());

        JsonNode cancelled = api.ok(api.send(accountant, "POST", "jobs/" + id + "/cancel", "{}"), 200);
        assertEquals("CANCELLED", cancelled.get("status").asText());
        JsonNode again = api.problem(api.send(accountant, "POST", "jobs/" + id + "/cancel", "{}"), 422);
        assertTrue(!ApiClient.fieldError(again, "id").isBlank());

        JsonNode tooLong = api.problem(api.send(accountant, "POST", "jobs", body.replace("\"hours\":\"8\"",
                "\"hours\":\"13\"")), 422);
        assertTrue(ApiClient.fieldError(tooLong, "hours").contains("12"));
        JsonNode noDay = api.problem(api.send(accountant, "POST", "jobs", body.replace(
                "\"lastDay\":\"2026-12-12\",", "")), 400);
        assertTrue(!ApiClient.fieldError(noDay, "lastDay").isBlank());
        assertEquals(1, api.ok(api.get(accountant, "jobs?activityId=" + activity), 200).get("items").size());

        String jeanne = api.token("jeanne");
        assertEquals(403, api.send(jeanne, "POST", "jobs", body).statusCode());
        assertEquals(403, api.send(jeanne, "POST", "jobs/" + id + "/cancel", "{}").statusCode());
    }
}
