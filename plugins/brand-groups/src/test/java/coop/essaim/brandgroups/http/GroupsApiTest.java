package coop.essaim.brandgroups.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.people.Activity;
import coop.essaim.brandgroups.GroupsFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes under /api/v1/brand-groups/, over HTTP with the demo users' tokens and a member's. */
class GroupsApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GroupsFixture.kit().withWeb();

    private final GroupsFixture fixture = new GroupsFixture(essaim);

    @Test
    void theAdviserSetsARuleAndSplitsAMemberReadsTheSharesOthersGet404Or403() throws Exception {
        ApiClient api = new ApiClient(essaim.baseUrl(), "brand-groups");
        String conseil = api.token("conseil");
        String jeanne = api.token("jeanne");
        fixture.login("Rey");
        String rey = api.token("rey");
        Activity a = fixture.newActivity("Atelier API", LocalDate.of(2026, 1, 1));
        YearMonth month = YearMonth.now().minusMonths(1);
        fixture.invoice(a.id(), month.atDay(8), 200_000);

        JsonNode created = api.ok(api.send(conseil, "POST", "groups", "{\"activityId\": " + a.id()
                + ", \"brand\": \"Trois Traits API\"}"), 201);
        long id = created.get("id").asLong();
        assertEquals("Trois Traits API", created.get("brand").asText());
        assertEquals(3, created.get("members").size());

        long barbier = fixture.member("Barbier");
        long reyId = fixture.member("Rey");
        long caron = fixture.member("Caron");
        String rule = "{\"kind\": \"fixed_percent\", \"validFrom\": \"" + month + "\", \"decidedOn\": \"2026-01-05\","
                + " \"decidedBy\": \"Réunion des membres\", \"members\": ["
                + "{\"personId\": " + barbier + ", \"percent\": \"40\"},"
                + "{\"personId\": " + reyId + ", \"percent\": \"40\"},"
                + "{\"personId\": " + caron + ", \"percent\": \"%s\"}]}";
        JsonNode bad = api.problem(api.send(conseil, "POST", "groups/" + id + "/rules", rule.formatted("10")), 422);
        assertNotNull(ApiClient.fieldError(bad, "members"), bad.toString());
        JsonNode month400 = api.problem(api.send(conseil, "POST", "groups/" + id + "/splits",
                "{\"month\": \"juin\"}"), 400);
        assertNotNull(ApiClient.fieldError(month400, "month"), month400.toString());
        JsonNode edition = api.ok(api.send(conseil, "POST", "groups/" + id + "/rules", rule.formatted("20")), 201);
        assertEquals("FIXED_PERCENT", edition.get("kind").asText());

        JsonNode split = api.ok(api.send(conseil, "POST", "groups/" + id + "/splits",
                "{\"month\": \"" + month + "\"}"), 201);
        // 2,000 € less the 10 % contribution: 1,800 €, 40 / 40 / 20 %
        assertEquals("1800.00", split.get("available").get("amount").asText());
        assertEquals("720.00", split.get("shares").get(0).get("amount").get("amount").asText());
        assertEquals("360.00", split.get("shares").get(2).get("amount").get("amount").asText());
        JsonNode twice = api.problem(api.send(conseil, "POST", "groups/" + id + "/splits",
                "{\"month\": \"" + month + "\"}"), 422);
        assertNotNull(ApiClient.fieldError(twice, "month"), twice.toString());

        JsonNode mine = api.ok(api.get(rey, "groups/" + id), 200);
        assertEquals(1, mine.get("splits").size());
        assertTrue(api.ok(api.get(rey, "groups"), 200).findValues("id").stream().anyMatch(n -> n.asLong() == id));
        assertEquals(403, api.send(rey, "POST", "groups/" + id + "/splits", "{\"month\": \"" + month + "\"}")
                .statusCode());
        assertEquals(404, api.get(jeanne, "groups/" + id).statusCode());
        assertEquals(404, api.send(jeanne, "POST", "groups/" + id + "/rules", rule.formatted("20")).statusCode());
        assertTrue(api.ok(api.get(jeanne, "groups"), 200).findValues("id").stream().noneMatch(n -> n.asLong() == id));

        long splitId = split.get("id").asLong();
        assertEquals(403, api.send(rey, "POST", "splits/" + splitId + "/cancellation", "{\"reason\": \"non\"}")
                .statusCode());
        JsonNode cancelled = api.ok(api.send(conseil, "POST", "splits/" + splitId + "/cancellation",
                "{\"reason\": \"Facture corrigée\"}"), 200);
        assertTrue(cancelled.get("cancelled").asBoolean());
        api.ok(api.send(conseil, "POST", "groups/" + id + "/splits", "{\"month\": \"" + month + "\"}"), 201);
        assertEquals(2, api.ok(api.get(conseil, "groups/" + id), 200).get("splits").size());
    }
}
