package coop.essaim.reporting.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.reporting.ReportingFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** GET /api/v1/reporting/activity-report over HTTP with the demo users' tokens. */
class ReportingApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = ReportingFixture.kit().withWeb();

    private final ReportingFixture fixture = new ReportingFixture(essaim);

    private static JsonNode measure(JsonNode report, String key) {
        for (JsonNode m : report.get("measures")) {
            if (m.get("key").asText().equals(key)) {
                return m;
            }
        }
        throw new AssertionError(key + " not in " + report);
    }

    @Test
    void theReportAsJsonForAnAdviserAndRefusedToAnEntrepreneur() throws Exception {
        ApiClient api = new ApiClient(essaim.baseUrl(), "reporting");
        String adviser = api.token("conseil");
        JsonNode report = api.ok(api.get(adviser, "activity-report?year=2026"), 200);
        assertEquals(2026, report.get("year").asInt());
        assertEquals(5, report.get("years").size());
        JsonNode supported = measure(report, "core.people.supported");
        assertEquals("count", supported.get("unit").asText());
        assertEquals("33", supported.get("values").get(4).get("value").asText());
        assertEquals("computed", supported.get("values").get(4).get("status").asText());
        JsonNode turnover = measure(report, "core.ledger.turnover").get("values").get(4).get("value");
        assertEquals("19800.00", turnover.get("amount").asText());
        assertEquals("EUR", turnover.get("currency").asText());
        assertFalse(report.get("genderRecorded").asBoolean());

        JsonNode lyon = api.ok(api.get(adviser, "activity-report?year=2026&establishmentId=" + fixture.lyon()), 200);
        assertEquals(ReportingFixture.LYON, lyon.get("site").asText());
        assertEquals("16", measure(lyon, "core.people.supported").get("values").get(4).get("value").asText());

        JsonNode bad = api.problem(api.get(adviser, "activity-report?year=2026&establishmentId=987654"), 422);
        assertNotNull(ApiClient.fieldError(bad, "establishmentId"), bad.toString());
        JsonNode badYear = api.problem(api.get(adviser, "activity-report?year=20"), 422);
        assertNotNull(ApiClient.fieldError(badYear, "year"), badYear.toString());

        assertEquals(403, api.get(api.token("jeanne"), "activity-report?year=2026").statusCode());
        assertEquals(403, api.get(api.token("elu"), "activity-report?year=2026").statusCode());
    }
}
