package coop.essaim.treasuryadvances.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.treasuryadvances.AdvancesFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes under /api/v1/treasury-advances/, over HTTP with the demo users' and a board member's tokens. */
class AdvancesApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AdvancesFixture.kit().withWeb();

    private final AdvancesFixture fixture = new AdvancesFixture(essaim);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(essaim.baseUrl(), "treasury-advances");
    }

    private String boardToken(UserContext member) throws Exception {
        var r = api.send(null, "POST", "/api/v1/tokens", "{\"login\":\"" + member.login()
                + "\",\"password\":\"testkit password 1234\"}");
        return api.ok(r, 201).get("token").asText();
    }

    private String request(long activity, String amount) {
        LocalDate due = LocalDate.now().plusMonths(4);
        return "{\"activityId\":" + activity + ",\"kind\":\"investment\",\"amount\":{\"amount\":\"" + amount
                + "\",\"currency\":\"EUR\"},\"reason\":\"Four de céramiste\",\"invoices\":[{\"number\":\"2026-0042\"}],"
                + "\"repayment\":\"schedule\",\"schedule\":[{\"dueOn\":\"" + due.minusMonths(2) + "\",\"amount\":"
                + "{\"amount\":\"200.00\",\"currency\":\"EUR\"}},{\"dueOn\":\"" + due + "\",\"amount\":"
                + "{\"amount\":\"" + new java.math.BigDecimal(amount).subtract(new java.math.BigDecimal("200"))
                + "\",\"currency\":\"EUR\"}}]}";
    }

    @Test
    void jeanneRequestsTheBoardVotesAndDecidesAccountingDisbursesAndRecordsARepayment() throws Exception {
        String jeanne = api.token("jeanne");
        JsonNode created = api.ok(api.send(jeanne, "POST", "advances", request(fixture.jeanneActivity(), "600.00")),
                201);
        long id = created.get("id").asLong();
        assertEquals("REQUESTED", created.get("status").asText());
        assertEquals("600.00", created.get("balance").get("amount").asText());
        assertEquals(2, created.get("schedule").size());
        JsonNode checks = api.ok(api.get(jeanne, "advances/" + id + "/checks"), 200);
        assertEquals(5, checks.size());
        assertEquals(403, api.get(jeanne, "advances/" + id + "/votes").statusCode());

        UserContext member = fixture.boardMember();
        String board = boardToken(member);
        api.ok(api.send(board, "POST", "advances/" + id + "/votes", "{\"choice\":\"for\",\"comment\":\"Oui\"}"), 200);
        JsonNode noReasons = api.problem(api.send(board, "POST", "advances/" + id + "/decision",
                "{\"approve\":true,\"reasons\":\" \"}"), 400);
        assertTrue(ApiClient.fieldError(noReasons, "reasons").length() > 0);
        JsonNode approved = api.ok(api.send(board, "POST", "advances/" + id + "/decision",
                "{\"approve\":true,\"reasons\":\"Majorité du conseil\"}"), 200);
        assertEquals("APPROVED", approved.get("status").asText());

        String compta = api.token("compta");
        assertEquals(403, api.send(jeanne, "POST", "advances/" + id + "/disbursement", null).statusCode());
        JsonNode paid = api.ok(api.send(compta, "POST", "advances/" + id + "/disbursement", null), 200);
        assertEquals("DISBURSED", paid.get("status").asText());
        JsonNode repaid = api.ok(api.send(compta, "POST", "advances/" + id + "/repayments",
                "{\"amount\":{\"amount\":\"200.00\",\"currency\":\"EUR\"}}"), 200);
        assertEquals("400.00", repaid.get("balance").get("amount").asText());

        JsonNode own = api.ok(api.get(jeanne, "advances"), 200);
        assertTrue(own.toString().contains("Majorité du conseil"));
        assertFalse(own.toString().contains("\"Oui\""), "votes stay with the board");
        JsonNode exposure = api.ok(api.get(compta, "exposure"), 200);
        assertEquals(12, exposure.get("months").size());
        assertEquals(403, api.get(jeanne, "exposure").statusCode());
    }

    @Test
    void anotherActivitysAdvanceIsNotFoundForJeanne() throws Exception {
        long other = fixture.activities().stream().filter(a -> a.id() != fixture.jeanneActivity()).findFirst()
                .orElseThrow().id();
        JsonNode created = api.ok(api.send(api.token("conseil"), "POST", "advances", request(other, "500.00")), 201);
        String jeanne = api.token("jeanne");
        assertEquals(404, api.get(jeanne, "advances/" + created.get("id").asLong()).statusCode());
        JsonNode refused = api.problem(api.send(jeanne, "POST", "advances", request(other, "500.00")), 422);
        assertTrue(ApiClient.fieldError(refused, "activityId").length() > 0);
    }

    @Test
    void theBoardAddsADatedEditionOfTheRulesNeverInThePast() throws Exception {
        String board = boardToken(fixture.boardMember());
        LocalDate from = LocalDate.now().plusYears(1);
        String edition = "{\"validFrom\":\"%s\",\"invoiceShare\":\"70\",\"activityCeiling\":{\"amount\":\"4000.00\","
                + "\"currency\":\"EUR\"},\"exposureBase\":\"fund\",\"exposureShare\":\"90\",\"fund\":{\"amount\":"
                + "\"50000.00\",\"currency\":\"EUR\"},\"minSeniorityMonths\":6,\"delegateThreshold\":{\"amount\":"
                + "\"800.00\",\"currency\":\"EUR\"},\"automatic\":true,\"automaticInvoiceShare\":\"40\"}";
        JsonNode added = api.ok(api.send(board, "POST", "rules", edition.formatted(from)), 201);
        assertTrue(added.get("editions").toString().contains(from.toString()));
        JsonNode past = api.problem(api.send(board, "POST", "rules", edition.formatted(LocalDate.now().minusDays(1))),
                422);
        assertTrue(ApiClient.fieldError(past, "validFrom").length() > 0);
        assertEquals(403, api.send(api.token("jeanne"), "POST", "rules", edition.formatted(from.plusDays(1)))
                .statusCode());
        JsonNode read = api.ok(api.get(api.token("jeanne"), "rules"), 200);
        assertTrue(read.has("inForce"));
    }
}
