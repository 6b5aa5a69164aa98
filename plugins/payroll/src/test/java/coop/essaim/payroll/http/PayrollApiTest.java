package coop.essaim.payroll.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.payroll.PayrollFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The payroll routes under /api/v1/payroll/, over HTTP with the demo users' tokens. */
class PayrollApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = PayrollFixture.kit().withWeb();

    private final PayrollFixture fixture = new PayrollFixture(essaim);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(essaim.baseUrl(), "payroll");
    }

    @Test
    void simulateAnswersTheContractAndRefusesABadField() throws Exception {
        String adviser = api.token("conseil");
        JsonNode r = api.ok(api.send(adviser, "POST", "simulate", "{\"month\":\"2026-06\",\"turnoverExclVat\":"
                + "{\"amount\":\"1200.00\",\"currency\":\"EUR\"},\"expenses\":{\"amount\":\"280.00\",\"currency\":"
                + "\"EUR\"},\"months\":6,\"loadedHourlyCost\":{\"amount\":\"10.10\",\"currency\":\"EUR\"}}"), 200);
        assertEquals("133.33", r.at("/monthlyBudget/amount").asText());
        assertEquals("10", r.at("/payslip/situation/monthlyHours").asText().replaceAll("\\.0+$", ""));
        JsonNode bad = api.problem(api.send(adviser, "POST", "simulate", "{\"month\":\"juin\"}"), 400);
        assertTrue(ApiClient.fieldError(bad, "month").contains("YYYY-MM"));
        api.problem(api.send(api.token("compta"), "POST", "simulate", "{\"months\":0,\"turnoverExclVat\":"
                + "{\"amount\":\"10.00\",\"currency\":\"EUR\"}}"), 422);
    }

    @Test
    void theRunOfAMonthAndThePayslipsByWhoAsks() throws Exception {
        String accountant = api.token("compta");
        JsonNode october = api.ok(api.get(accountant, "runs?month=2026-10"), 200);
        assertEquals("VALIDATED", october.get("status").asText());
        assertTrue(october.get("payslips").size() > 1);
        assertEquals(404, api.get(accountant, "runs?month=2031-01").statusCode());

        String jeanne = api.token("jeanne");
        JsonNode own = api.ok(api.get(jeanne, "payslips"), 200).get("items");
        long mine = own.get(0).get("id").asLong();
        assertEquals(fixture.jeannePerson(), own.get(0).get("personId").asLong());
        api.ok(api.get(jeanne, "payslips/" + mine), 200);
        long other = 0;
        for (JsonNode p : october.get("payslips")) {
            if (p.get("personId").asLong() != fixture.jeannePerson()) {
                other = p.get("id").asLong();
            }
        }
        assertEquals(404, api.get(jeanne, "payslips/" + other).statusCode());
        assertEquals(403, api.get(jeanne, "runs?month=2026-10").statusCode());
        assertEquals(403, api.send(jeanne, "POST", "runs/compute", "{\"month\":\"2026-12\"}").statusCode());
    }

    @Test
    void plansAreReadAndRefusedOverTheApi() throws Exception {
        String accountant = api.token("compta");
        long activity = fixture.jeanneActivity().id();
        JsonNode plans = api.ok(api.get(accountant, "plans?activityId=" + activity), 200).get("items");
        assertEquals("133.33", plans.get(0).at("/monthlyLoadedSalary/amount").asText());
        JsonNode refused = api.problem(api.send(accountant, "POST", "plans", "{\"activityId\":" + activity
                + ",\"personId\":" + fixture.jeannePerson() + ",\"firstMonth\":\"2027-01\",\"months\":99}"), 422);
        assertTrue(ApiClient.fieldError(refused, "months").contains("36"));
    }

    @Test
    void anEmployeesHouseholdAndDependantsAreRecordedAndCheckedOverTheApi() throws Exception {
        String accountant = api.token("compta");
        long jeanne = fixture.jeannePerson();
        JsonNode saved = api.ok(api.send(accountant, "PUT", "employees/" + jeanne, "{\"executive\": false,"
                + " \"household\": \"couple_partner_without_income\", \"dependants\": 2}"), 200);
        assertEquals("COUPLE_PARTNER_WITHOUT_INCOME", saved.get("household").asText());
        assertEquals(2, saved.get("dependants").asInt());
        assertEquals(2, api.ok(api.get(accountant, "employees/" + jeanne), 200).get("dependants").asInt());

        JsonNode tooMany = api.problem(api.send(accountant, "PUT", "employees/" + jeanne,
                "{\"dependants\": 21}"), 422);
        assertTrue(ApiClient.fieldError(tooMany, "dependants").contains("20"));
        api.problem(api.send(accountant, "PUT", "employees/" + jeanne, "{\"household\": \"married\"}"), 400);
        assertEquals(2, api.ok(api.get(accountant, "employees/" + jeanne), 200).get("dependants").asInt(),
                "a refused change changes nothing");
        assertEquals(403, api.send(api.token("jeanne"), "PUT", "employees/" + jeanne, "{\"dependants\": 0}")
                .statusCode());
        api.ok(api.send(accountant, "PUT", "employees/" + jeanne, "{}"), 200);
    }
}
