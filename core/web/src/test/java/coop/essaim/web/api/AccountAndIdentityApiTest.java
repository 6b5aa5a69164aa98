package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.demo.DemoMembers;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.EssaimWeb;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static coop.essaim.web.api.ApiCalls.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cooperative's identity and the activity's account and treasury through the API, with the test module's
 * chart and Jeanne's figures of the domain guide: 1,200 € invoiced, 280 € of purchases, 600 € received.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountAndIdentityApiTest {

    private static final LocalDate INVOICED = LocalDate.of(2026, 3, 10);
    private static final LocalDate PAID = LocalDate.of(2026, 3, 20);

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private OtherCooperative other;
    private String admin;
    private String adviser;
    private String accountant;
    private String jeanne;
    private long coop;
    private long jeannes;
    private long group;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        fixture.installTestModule();
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        other = OtherCooperative.insert(fixture.kernel().dataSource());
        admin = api.token(CoreRoles.ADMINISTRATOR);
        adviser = api.token(CoreRoles.ADVISER);
        accountant = api.token(CoreRoles.ACCOUNTANT);
        jeanne = api.token(CoreRoles.ENTREPRENEUR);
        coop = api.ok(api.get(admin, "me"), 200).get("cooperativeId").asLong();
        UserContext compta = DemoUsers.context(fixture.kernel(), CoreRoles.ACCOUNTANT);
        jeannes = DemoUsers.activity(fixture.kernel(), compta, DemoMembers.JEANNE_ACTIVITY).id();
        group = DemoUsers.activity(fixture.kernel(), compta, DemoMembers.GROUP_ACTIVITY).id();
        Ledger ledger = fixture.kernel().service(Ledger.class);
        Money turnover = Money.of(120_000, "EUR");
        Money purchases = Money.of(28_000, "EUR");
        Money received = Money.of(60_000, "EUR");
        ledger.post(compta, new EntryDraft(coop, JournalCode.SALES, INVOICED, "F-1", INVOICED, "Facture",
                List.of(PostingLine.debit("411000", jeannes, turnover), PostingLine.credit("706000", jeannes, turnover)),
                "api-test:invoice"));
        ledger.post(compta, new EntryDraft(coop, JournalCode.PURCHASES, INVOICED, "A-1", INVOICED, "Tissus",
                List.of(PostingLine.debit("606000", jeannes, purchases), PostingLine.credit("401000", jeannes, purchases)),
                "api-test:purchase"));
        ledger.post(compta, new EntryDraft(coop, JournalCode.BANK, PAID, "R-1", PAID, "Acompte",
                List.of(PostingLine.debit("512000", jeannes, received), PostingLine.credit("411000", jeannes, received)),
                "api-test:payment"));
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    @Test
    void everyoneReadsTheIdentityOnlyTheAdministratorChangesItAndErrorsNameTheField() throws Exception {
        String body = "{\"registrationNumber\":\"123456789\",\"vatNumber\":\"FR 12 123456789\","
                + "\"address\":{\"street\":\"1 rue de la Ruche\",\"city\":\"Lyon\",\"country\":\"fr\"},"
                + "\"email\":\"contact@essaim.example\"}";
        JsonNode saved = api.ok(api.call(admin, "PUT", "cooperatives/" + coop + "/identity", body), 200);
        assertEquals("FR12123456789", saved.get("vatNumber").asText());
        assertEquals("FR", saved.get("address").get("country").asText());
        for (String token : List.of(adviser, accountant, jeanne)) {
            assertEquals("123456789", api.ok(api.get(token, "cooperatives/" + coop + "/identity"), 200)
                    .get("registrationNumber").asText());
        }
        api.problem(api.call(adviser, "PUT", "cooperatives/" + coop + "/identity", body), 403);
        api.problem(api.get(admin, "cooperatives/" + other.cooperativeId() + "/identity"), 404);
        api.problem(api.call(admin, "PUT", "cooperatives/" + other.cooperativeId() + "/identity", body), 404);

        JsonNode refused = api.problem(api.call(admin, "PUT", "cooperatives/" + coop + "/identity",
                "{\"vatNumber\":\"12-ABC\",\"address\":{\"country\":\"France\"},\"website\":\"essaim.example\"}"), 422);
        assertTrue(fieldError(refused, "vatNumber").contains("TVA"), refused.toString());
        fieldError(refused, "address.country");
        fieldError(refused, "website");
        fieldError(api.problem(api.call(admin, "PUT", "cooperatives/" + coop + "/identity",
                "{\"vat\":\"FR1\"}"), 400), "vat");
        assertEquals("FR12123456789", api.ok(api.get(admin, "cooperatives/" + coop + "/identity"), 200)
                .get("vatNumber").asText());
    }

    @Test
    void theAccountGoesFromTurnoverToAvailableForPayWithMoneyAsStrings() throws Exception {
        JsonNode account = api.ok(api.get(jeanne, "activities/" + jeannes + "/account?from=2026-01-01&to=2026-12-31"),
                200);
        assertEquals(jeannes, account.get("activityId").asLong());
        assertEquals("2026-01-01", account.get("from").asText());
        assertEquals(Map.of("amount", "1200.00", "currency", "EUR"), api.json.convertValue(
                account.get("turnoverExclVat"), Map.class));
        assertEquals("0.00", account.get("purchasesForResale").get("amount").asText());
        assertEquals("120.00", account.get("contribution").get("amount").get("amount").asText());
        assertTrue(account.get("contribution").get("explanation").asText().contains("10"), account.toString());
        assertEquals("280.00", account.get("expenses").get("amount").asText());
        assertEquals("0.00", account.get("salaryCosts").get("amount").asText());
        assertEquals("800.00", account.get("availableForPay").get("amount").asText());
        assertEquals("800.00", account.get("result").get("amount").asText());
        assertEquals("600.00", account.get("treasury").get("amount").asText());
        assertEquals("1200.00", api.ok(api.get(accountant, "activities/" + jeannes
                + "/account?from=2026-03-01&to=2026-03-31"), 200).get("turnoverExclVat").get("amount").asText());
    }

    @Test
    void theForecastAddsWhatTheModulesExpectToTodaysCash() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        JsonNode f = api.ok(api.get(jeanne, "activities/" + jeannes + "/treasury/forecast"), 200);
        assertEquals(today.toString(), f.get("today").asText());
        assertEquals(today.plusDays(90).toString(), f.get("until").asText());
        assertEquals("600.00", f.get("position").get("amount").asText());
        JsonNode late = f.get("expected").get(0);
        assertEquals("Fournisseur en retard", late.get("label").asText());
        assertTrue(late.get("overdue").asBoolean());
        assertEquals("2026-01-01", late.get("date").asText());
        assertEquals(today.toString(), late.get("countedOn").asText());
        assertEquals("-80.00", late.get("amount").get("amount").asText());
        assertEquals(List.of("520.00", "770.00"), List.of(f.get("points").get(0).get("position").get("amount").asText(),
                f.get("points").get(1).get("position").get("amount").asText()));
        assertEquals(today.plusDays(10).toString(), f.get("points").get(1).get("date").asText());
        assertEquals(0, f.get("unavailable").size());

        assertEquals(1, api.ok(api.get(jeanne, "activities/" + jeannes + "/treasury/forecast?until="
                + today.plusDays(5)), 200).get("expected").size());
        fieldError(api.problem(api.get(jeanne, "activities/" + jeannes + "/treasury/forecast?until="
                + today.plusDays(400)), 422), "until");
        api.problem(api.get(jeanne, "activities/" + group + "/treasury/forecast"), 404);
        api.problem(api.get(jeanne, "activities/" + other.activityId() + "/treasury/forecast"), 404);
    }

    @Test
    void theTreasuryListsThePositionAtEachDayCashMoved() throws Exception {
        JsonNode treasury = api.ok(api.get(jeanne, "activities/" + jeannes + "/treasury?from=2026-03-01&to=2026-03-31"),
                200);
        JsonNode points = treasury.get("points");
        assertEquals(2, points.size(), treasury.toString());
        assertEquals("2026-02-28", points.get(0).get("date").asText());
        assertEquals("0.00", points.get(0).get("position").get("amount").asText());
        assertEquals("2026-03-20", points.get(1).get("date").asText());
        assertEquals("600.00", points.get(1).get("position").get("amount").asText());
    }

    @Test
    void anotherActivityIs404ForJeanneAndThePeriodIsChecked() throws Exception {
        api.problem(api.get(jeanne, "activities/" + group + "/account?from=2026-01-01&to=2026-12-31"), 404);
        api.problem(api.get(jeanne, "activities/" + group + "/treasury?from=2026-01-01&to=2026-12-31"), 404);
        api.problem(api.get(admin, "activities/" + other.activityId() + "/account?from=2026-01-01&to=2026-12-31"),
                404);
        JsonNode missing = api.problem(api.get(accountant, "activities/" + jeannes + "/account?from=2026-01-01"), 400);
        fieldError(missing, "to");
        fieldError(api.problem(api.get(accountant, "activities/" + jeannes + "/treasury?from=soon&to=2026-01-01"),
                400), "from");
        fieldError(api.problem(api.get(accountant, "activities/" + jeannes + "/account?from=2026-02-01&to=2026-01-01"),
                422), "to");
    }
}
