package coop.essaim.governance.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The profit split routes under /api/v1/governance/, over HTTP with the demo users' tokens. */
class SplitApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(essaim.baseUrl(), "governance");
    }

    @Test
    void theAccountantSplitsAYearThroughItsStepsAndAnOutOfBoundsSchemeIsNamed() throws Exception {
        String compta = api.token("compta");
        JsonNode bad = api.problem(api.send(compta, "POST", "split-schemes", "{\"name\":\"Trop\",\"validFrom\":"
                + "\"2040-01-01\",\"reserves\":\"20\",\"participation\":\"40\",\"dividends\":\"40\"}"), 422);
        assertNotNull(ApiClient.fieldError(bad, "dividends"));
        assertNotNull(ApiClient.fieldError(bad, "reserves"));
        JsonNode scheme = api.ok(api.send(compta, "POST", "split-schemes", "{\"name\":\"Statuts\",\"validFrom\":"
                + "\"2040-01-01\",\"reserves\":\"65\",\"participation\":\"25\",\"dividends\":\"10\"}"), 201);
        assertEquals("65.00", scheme.get("reserves").asText());

        long section = essaim.service(Activities.class).structure(fixture.admin()).orElseThrow().id();
        fixture.ledger().post(fixture.admin(), new EntryDraft(fixture.admin().cooperativeId(), JournalCode.MISC,
                LocalDate.of(2040, 3, 31), null, null, "Ventes", List.of(
                PostingLine.debit("512000", section, GovernanceFixture.eur("4000.00")),
                PostingLine.credit("706000", section, GovernanceFixture.eur("4000.00"))), "test:api-split-2040"));
        Person ana = fixture.person(PersonKind.MEMBER, "Ana", "Lopez");
        Person leo = fixture.person(PersonKind.MEMBER, "Léo", "Petit");
        JsonNode draft = api.ok(api.send(compta, "POST", "splits", "{\"fiscalYear\":2040,\"schemeId\":"
                + scheme.get("id").asLong() + ",\"key\":\"HOURS\",\"participants\":[{\"personId\":" + ana.id()
                + ",\"base\":\"1200\"},{\"personId\":" + leo.id() + ",\"base\":\"400\"}]}"), 201);
        assertEquals("1000.00", draft.get("participation").get("amount").asText());
        assertEquals("750.00", draft.get("shares").get(0).get("amount").get("amount").asText());
        assertEquals("DRAFT", draft.get("status").asText());
        api.ok(api.send(compta, "POST", "splits/2040/proposal", "{}"), 200);
        JsonNode noDay = api.problem(api.send(compta, "POST", "splits/2040/adoption",
                "{\"adoptedOn\":\"2040-12-31\"}"), 422);
        assertNotNull(ApiClient.fieldError(noDay, "adoptedOn"));
        api.ok(api.send(compta, "POST", "splits/2040/adoption", "{\"adoptedOn\":\"2041-06-15\","
                + "\"resolutionRef\":\"Résolution 4\"}"), 200);
        JsonNode posted = api.ok(api.send(compta, "POST", "splits/2040/posting", "{}"), 200);
        assertEquals("POSTED", posted.get("status").asText());
        assertNotNull(fixture.entry(posted.get("entryId").asLong()));
        JsonNode again = api.problem(api.send(compta, "POST", "splits/2040/posting", "{}"), 422);
        assertNotNull(ApiClient.fieldError(again, "status"));
        assertEquals("Résolution 4", api.ok(api.get(compta, "splits/2040"), 200).get("resolutionRef").asText());
        assertEquals(404, api.get(compta, "splits/2039").statusCode());
    }

    @Test
    void withoutPayrollNoBasesAreProposedAndTheRouteSaysSo() throws Exception {
        String compta = api.token("compta");
        JsonNode p = api.ok(api.get(compta, "splits/2026/proposed-bases?key=HOURS"), 200);
        assertEquals("NO_PAYROLL", p.get("source").asText());
        assertEquals("HOURS", p.get("key").asText());
        assertEquals(0, p.get("participants").size());
        assertNotNull(ApiClient.fieldError(api.problem(api.get(compta, "splits/12/proposed-bases"), 422),
                "fiscalYear"));
    }

    @Test
    void jeanneNeitherReadsNorMakesASplit() throws Exception {
        String jeanne = api.token("jeanne");
        assertEquals(403, api.get(jeanne, "split-schemes").statusCode());
        assertEquals(403, api.get(jeanne, "splits").statusCode());
        assertEquals(403, api.send(jeanne, "POST", "splits", "{\"fiscalYear\":2040,\"key\":\"EQUAL\"}")
                .statusCode());
        assertEquals(403, api.send(jeanne, "POST", "splits/2040/posting", "{}").statusCode());
    }
}
