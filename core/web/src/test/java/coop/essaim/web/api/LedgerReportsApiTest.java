package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.kernel.host.ClasspathModuleSource;
import coop.essaim.web.EssaimWeb;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static coop.essaim.web.api.ApiCalls.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports API over books worked by hand (EUR, 2024): in January Jeanne invoices 1,200.00 and is paid
 * 600.00; in February she buys 280.00 of supplies and another activity invoices 500.00.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerReportsApiTest {

    private static final String FEBRUARY = "from=2024-02-01&to=2024-02-29";

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private String accountant;
    private String jeanne;
    private long jeanneActivity;
    private long otherActivity;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        Path chart = Path.of(LedgerReportsApiTest.class.getResource("/apichart").toURI());
        fixture.kernel().modules().install(ClasspathModuleSource.of(new ModuleDescriptor("apichart", "1.0.0",
                "Plan de test", ">=0.1.0", List.of(), null), LedgerReportsApiTest.class.getClassLoader(), chart));
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        String admin = api.token(CoreRoles.ADMINISTRATOR);
        accountant = api.token(CoreRoles.ACCOUNTANT);
        jeanne = api.token(CoreRoles.ENTREPRENEUR);
        jeanneActivity = api.ok(api.get(jeanne, "activities"), 200).get("items").get(0).get("id").asLong();
        for (JsonNode a : api.ok(api.get(admin, "activities?limit=500"), 200).get("items")) {
            if (api.get(jeanne, "activities/" + a.get("id").asLong()).statusCode() == 404) {
                otherActivity = a.get("id").asLong();
            }
        }
        assertTrue(otherActivity > 0);
        post("1", "SALES", "2024-01-10", "411000", "706000", jeanneActivity, "1200.00");
        post("2", "BANK", "2024-01-20", "512000", "411000", jeanneActivity, "600.00");
        post("3", "PURCHASES", "2024-02-05", "601000", "512000", jeanneActivity, "280.00");
        post("4", "SALES", "2024-02-07", "411000", "706000", otherActivity, "500.00");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    private void post(String key, String journal, String date, String debit, String credit, long activity,
                      String amount) throws Exception {
        api.ok(api.call(accountant, "POST", "ledger/entries", "{\"journal\":\"" + journal + "\",\"date\":\"" + date
                + "\",\"label\":\"Pièce " + key + "\",\"idempotencyKey\":\"reports:" + key + "\",\"lines\":["
                + line(debit, activity, "DEBIT", amount) + "," + line(credit, activity, "CREDIT", amount) + "]}"), 201);
    }

    private static String line(String account, long activity, String side, String amount) {
        return "{\"account\":\"" + account + "\",\"activityId\":" + activity + ",\"side\":\"" + side
                + "\",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}}";
    }

    @Test
    void theTrialBalanceOpensWithJanuaryAndBalances() throws Exception {
        JsonNode tb = api.ok(api.get(accountant, "ledger/reports/trial-balance?" + FEBRUARY), 200);
        JsonNode clients = tb.get("rows").get(0);
        assertEquals("411000", clients.get("account").asText());
        assertEquals("600.00", clients.get("openingDebit").get("amount").asText());
        assertEquals("EUR", clients.get("openingDebit").get("currency").asText());
        assertEquals("1100.00", clients.get("closingDebit").get("amount").asText());
        JsonNode totals = tb.get("totals");
        assertEquals("1200.00", totals.get("openingCredit").get("amount").asText());
        assertEquals("780.00", totals.get("debit").get("amount").asText());
        assertEquals("1700.00", totals.get("closingDebit").get("amount").asText());
        assertEquals("1700.00", totals.get("closingCredit").get("amount").asText());
        assertTrue(totals.get("balanced").asBoolean(), tb.toString());
        JsonNode split = api.ok(api.get(accountant, "ledger/reports/trial-balance?" + FEBRUARY + "&by=both"), 200);
        assertEquals(6, split.get("rows").size(), split.toString());
    }

    @Test
    void theGeneralLedgerIsPagedWithTheRunningBalanceCarriedOver() throws Exception {
        String path = "ledger/reports/general-ledger?from=2024-01-01&to=2024-02-29&account=411000&limit=2";
        HttpResponse<String> first = api.get(accountant, path);
        JsonNode page = api.ok(first, 200);
        JsonNode lines = page.get("items").get(0).get("lines");
        assertEquals("1200.00", lines.get(0).get("balance").get("amount").asText());
        assertEquals("600.00", lines.get(1).get("balance").get("amount").asText());
        String link = first.headers().firstValue("Link").orElseThrow();
        JsonNode next = api.ok(api.get(accountant, link.substring(1, link.indexOf('>'))), 200);
        JsonNode account = next.get("items").get(0);
        assertEquals("600.00", account.get("broughtForward").get("amount").asText());
        assertEquals("1100.00", account.get("lines").get(0).get("balance").get("amount").asText());
        assertEquals("1100.00", account.get("closing").get("amount").asText());
    }

    @Test
    void theBalanceSheetBalancesAndTheIncomeStatementGivesTheResult() throws Exception {
        JsonNode sheet = api.ok(api.get(accountant, "ledger/reports/balance-sheet?date=2024-02-29"), 200);
        // assets: clients 1,100.00 + bank 320.00; result: 1,700.00 - 280.00
        assertEquals("1420.00", sheet.get("totalAssets").get("amount").asText());
        assertEquals("1420.00", sheet.get("result").get("amount").asText());
        assertTrue(sheet.get("balanced").asBoolean());
        JsonNode own = api.ok(api.get(jeanne, "ledger/reports/income-statement?from=2024-01-01&to=2024-02-29"
                + "&activity=" + jeanneActivity), 200);
        assertEquals("1200.00", own.get("revenue").get("total").get("amount").asText());
        assertEquals("920.00", own.get("result").get("amount").asText());
    }

    @Test
    void anEntrepreneurReadsOnlyHerOwnActivity() throws Exception {
        api.problem(api.get(jeanne, "ledger/reports/income-statement?" + FEBRUARY + "&activity=" + otherActivity), 404);
        api.problem(api.get(jeanne, "ledger/reports/trial-balance?" + FEBRUARY), 403);
        api.problem(api.get(jeanne, "ledger/reports/balance-sheet?date=2024-02-29"), 403);
        api.problem(api.get(jeanne, "ledger/reports/general-ledger?" + FEBRUARY + "&activity=" + jeanneActivity), 403);
        JsonNode tb = api.ok(api.get(jeanne, "ledger/reports/trial-balance?" + FEBRUARY + "&activity="
                + jeanneActivity), 200);
        tb.get("rows").forEach(r -> assertFalse(r.get("account").asText().isBlank()));
        assertFalse(tb.toString().contains("500.00"), tb.toString());
    }

    @Test
    void badParametersAre400NamingThem() throws Exception {
        fieldError(api.problem(api.get(accountant, "ledger/reports/trial-balance?to=2024-02-29"), 400), "from");
        fieldError(api.problem(api.get(accountant, "ledger/reports/trial-balance?" + FEBRUARY + "&by=month"), 400),
                "by");
        fieldError(api.problem(api.get(accountant, "ledger/reports/trial-balance?from=2024-02-01&to=2025-01-31"),
                400), "to");
        fieldError(api.problem(api.get(accountant, "ledger/reports/general-ledger?" + FEBRUARY + "&account=999999"),
                400), "account");
        fieldError(api.problem(api.get(accountant, "ledger/reports/general-ledger?" + FEBRUARY + "&limit=0"), 400),
                "limit");
        fieldError(api.problem(api.get(accountant, "ledger/reports/balance-sheet?date=soon"), 400), "date");
        api.problem(api.get(accountant, "ledger/reports/income-statement?" + FEBRUARY + "&activity=999999"), 404);
    }
}
