package coop.essaim.governance.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The routes under /api/v1/governance/, over HTTP with the demo users' tokens. */
class GovernanceApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(essaim.baseUrl(), "governance");
    }

    @Test
    void theAccountantRecordsASubscriptionAnInstalmentAndARedemptionAndBadInputIsNamed() throws Exception {
        String compta = api.token("compta");
        String day = LocalDate.now().plusYears(1).toString();
        api.ok(api.send(compta, "POST", "rules", "{\"validFrom\":\"" + day + "\",\"nominal\":{\"amount\":\"25.00\","
                + "\"currency\":\"EUR\"},\"minimumEntry\":{\"amount\":\"50.00\",\"currency\":\"EUR\"}}"), 201);
        Person tom = fixture.person(PersonKind.EXTERNAL_ASSOCIATE, "Tom", "Girard");
        JsonNode bad = api.problem(api.send(compta, "POST", "subscriptions", "{\"personId\":" + tom.id()
                + ",\"shares\":1,\"occurredOn\":\"" + day + "\"}"), 422);
        assertNotNull(ApiClient.fieldError(bad, "shares"));
        JsonNode sub = api.ok(api.send(compta, "POST", "subscriptions", "{\"personId\":" + tom.id()
                + ",\"shares\":4,\"occurredOn\":\"" + day + "\"}"), 201);
        assertEquals("100.00", sub.get("amount").get("amount").asText());
        api.ok(api.send(compta, "POST", "subscriptions/" + sub.get("id").asLong() + "/payments",
                "{\"amount\":{\"amount\":\"40.00\",\"currency\":\"EUR\"},\"occurredOn\":\"" + day + "\"}"), 201);
        JsonNode out = api.ok(api.send(compta, "POST", "redemptions", "{\"personId\":" + tom.id()
                + ",\"shares\":4,\"occurredOn\":\"" + day + "\",\"note\":\"Départ\"}"), 201);
        assertEquals("40.00", out.get("refund").get("amount").asText());
        JsonNode holdings = api.ok(api.get(compta, "holdings"), 200);
        JsonNode toms = null;
        for (JsonNode h : holdings) {
            if (h.get("personId").asLong() == tom.id()) {
                toms = h;
            }
        }
        assertNotNull(toms);
        assertEquals(0, toms.get("shares").asInt());
        assertEquals("40.00", toms.get("refundOwed").get("amount").asText());
    }

    @Test
    void jeanneReadsHerOwnSharesOnlyAndCannotRecordAny() throws Exception {
        String jeanne = api.token("jeanne");
        assertEquals(403, api.get(jeanne, "holdings").statusCode());
        assertEquals(403, api.get(jeanne, "movements").statusCode());
        assertEquals(403, api.send(jeanne, "POST", "redemptions", "{\"personId\":1,\"shares\":1}").statusCode());
        JsonNode mine = api.ok(api.get(jeanne, "mine"), 200);
        assertEquals("Jeanne Martin", mine.get("name").asText());
    }

    @Test
    void aCandidacyGoesThroughTheBoardAndJeanneReadsHersOnly() throws Exception {
        String admin = api.token("admin");
        Person eva = fixture.person(PersonKind.MEMBER, "Eva", "Colin");
        JsonNode c = api.ok(api.send(admin, "POST", "candidacies", "{\"personId\":" + eva.id()
                + ",\"letter\":\"Je candidate\"}"), 201);
        assertEquals("BOARD_REVIEW", c.get("stage").asText());
        JsonNode bad = api.problem(api.send(admin, "POST", "candidacies/" + c.get("id").asLong()
                + "/assembly-decision", "{\"approved\":true,\"reasons\":\"Trop tôt\"}"), 422);
        assertNotNull(ApiClient.fieldError(bad, "id"));
        JsonNode reviewed = api.ok(api.send(admin, "POST", "candidacies/" + c.get("id").asLong()
                + "/board-decision", "{\"approved\":true,\"reasons\":\"Avis favorable\"}"), 200);
        assertEquals("ASSEMBLY_VOTE", reviewed.get("stage").asText());
        String jeanne = api.token("jeanne");
        assertEquals(403, api.get(jeanne, "candidacies").statusCode());
        assertEquals(200, api.get(jeanne, "candidacies/mine").statusCode());
    }
}
