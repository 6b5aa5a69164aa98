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

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static coop.essaim.web.api.ApiCalls.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contribution rates and the month's transfers to the structure through the API, on the demo cooperative. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContributionsApiTest {

    private static final YearMonth MONTH = YearMonth.now().minusMonths(1);

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private String admin;
    private String accountant;
    private String jeanne;
    private long coop;
    private long jeanneActivity;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        Path chart = Path.of(ContributionsApiTest.class.getResource("/apichart").toURI());
        fixture.kernel().modules().install(ClasspathModuleSource.of(new ModuleDescriptor("apichart", "1.0.0",
                "Plan de test", ">=0.1.0", List.of(), null), ContributionsApiTest.class.getClassLoader(), chart));
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        admin = api.token(CoreRoles.ADMINISTRATOR);
        accountant = api.token(CoreRoles.ACCOUNTANT);
        jeanne = api.token(CoreRoles.ENTREPRENEUR);
        coop = api.ok(api.get(admin, "me"), 200).get("cooperativeId").asLong();
        jeanneActivity = api.ok(api.get(jeanne, "activities"), 200).get("items").get(0).get("id").asLong();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    @Test
    void theAccountantPostsTheMonthsContributionsOnceAndEveryMemberReadsTheRate() throws Exception {
        String sale = "{\"journal\":\"SALES\",\"date\":\"" + MONTH.atDay(10) + "\",\"pieceReference\":\"F-1\","
                + "\"label\":\"Facture\",\"lines\":[" + line("411000", "DEBIT") + "," + line("706000", "CREDIT") + "]}";
        api.ok(api.call(accountant, "POST", "ledger/entries", sale, "Idempotency-Key", "test:contribution:sale"), 201);

        JsonNode preview = api.ok(api.get(accountant, "ledger/contributions?month=" + MONTH), 200);
        JsonNode jeannes = item(preview, jeanneActivity);
        assertEquals("125.00", jeannes.get("due").get("amount").asText(), "10 % of 1,250.00");
        assertEquals("0.00", jeannes.get("posted").get("amount").asText());
        assertEquals("core.rate", jeannes.get("schemeId").asText());

        JsonNode run = api.ok(api.call(accountant, "POST", "ledger/contributions?month=" + MONTH, null), 200);
        assertEquals(1, run.get("posted").size());
        JsonNode entry = run.get("posted").get(0);
        assertEquals("MISC", entry.get("journal").asText());
        assertEquals("658100", entry.get("lines").get(0).get("account").asText());
        assertEquals(0, api.ok(api.call(accountant, "POST", "ledger/contributions?month=" + MONTH, null), 200)
                .get("posted").size(), "nothing changed: nothing posted");
        assertEquals("0.00", item(api.ok(api.get(accountant, "ledger/contributions?month=" + MONTH), 200),
                jeanneActivity).get("toPost").get("amount").asText());

        JsonNode rates = api.ok(api.get(jeanne, "cooperatives/" + coop + "/contribution-rates"), 200);
        assertEquals("0.10", rates.get("inForce").get("rate").asText());
        assertTrue(rates.get("inForce").get("coreDefault").asBoolean());
        assertEquals("core.rate", rates.get("schemes").get(0).asText());
    }

    @Test
    void anAdministratorSetsANewRateFromADateAndBadInputIsRefusedNamingTheField() throws Exception {
        String path = "cooperatives/" + coop + "/contribution-rates";
        LocalDate next = LocalDate.now().plusDays(30);
        JsonNode added = api.ok(api.call(admin, "POST", path, "{\"validFrom\":\"" + next + "\",\"rate\":\"0.12\","
                + "\"base\":\"GROSS_MARGIN\",\"monthlyFee\":{\"amount\":\"15.00\",\"currency\":\"EUR\"}}"), 201);
        assertEquals("GROSS_MARGIN", added.get("base").asText());
        assertEquals("core.rate", added.get("schemeId").asText());
        JsonNode history = api.ok(api.get(admin, path), 200).get("items");
        assertEquals(next.toString(), history.get(history.size() - 1).get("validFrom").asText());
        assertEquals("15.00", history.get(history.size() - 1).get("monthlyFee").get("amount").asText());

        JsonNode past = api.problem(api.call(admin, "POST", path, "{\"validFrom\":\"2020-01-01\",\"rate\":\"0.12\"}"),
                422);
        assertTrue(fieldError(past, "validFrom").contains("2"), past.toString());
        assertTrue(fieldError(api.problem(api.call(admin, "POST", path, "{\"validFrom\":\"" + next
                + "\",\"rate\":\"douze\"}"), 400), "rate").contains("douze"));
        assertTrue(fieldError(api.problem(api.call(admin, "POST", path, "{\"validFrom\":\"" + next
                + "\",\"rate\":\"0.12\",\"schemeId\":\"nobody.fee\"}"), 422), "schemeId").contains("nobody.fee"));
        assertTrue(fieldError(api.problem(api.call(admin, "POST", path, "{\"rate\":\"0.12\"}"), 400), "validFrom")
                .length() > 0);
        api.problem(api.call(accountant, "POST", path, "{\"validFrom\":\"" + next + "\",\"rate\":\"0.2\"}"), 403);
        api.problem(api.get(admin, "cooperatives/" + (coop + 1000) + "/contribution-rates"), 404);
        assertEquals(history.size(), api.ok(api.get(admin, path), 200).get("items").size(), "nothing was added");
    }

    @Test
    void aMalformedOrFutureMonthIsRefusedAndAnEntrepreneurSeesNoOtherActivitysContribution() throws Exception {
        assertTrue(fieldError(api.problem(api.get(accountant, "ledger/contributions?month=2026-13"), 400), "month")
                .contains("2026-13"));
        api.problem(api.get(accountant, "ledger/contributions"), 400);
        fieldError(api.problem(api.call(accountant, "POST", "ledger/contributions?month="
                + YearMonth.now().plusMonths(2), null), 422), "month");
        api.problem(api.get(jeanne, "ledger/contributions?month=" + MONTH), 403);
        api.problem(api.call(jeanne, "POST", "ledger/contributions?month=" + MONTH, null), 403);
    }

    private static JsonNode item(JsonNode preview, long activity) {
        for (JsonNode i : preview.get("items")) {
            if (i.get("activityId").asLong() == activity) {
                return i;
            }
        }
        throw new AssertionError("no activity " + activity + " in " + preview);
    }

    private String line(String account, String side) {
        return "{\"account\":\"" + account + "\",\"activityId\":" + jeanneActivity + ",\"side\":\"" + side + "\","
                + "\"amount\":{\"amount\":\"1250.00\",\"currency\":\"EUR\"}}";
    }
}
