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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static coop.essaim.web.api.ApiCalls.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lettering API over books worked by hand (EUR, 2024): Jeanne invoices C-DUPONT 1,200.00 on 10 January,
 * who pays 500.00 on 20 January and 700.00 on 30 January; the three 411000 postings balance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetteringApiTest {

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private String accountant;
    private String jeanne;
    private final List<Long> entries = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        Path chart = Path.of(LetteringApiTest.class.getResource("/apichart").toURI());
        fixture.kernel().modules().install(ClasspathModuleSource.of(new ModuleDescriptor("apichart", "1.0.0",
                "Plan de test", ">=0.1.0", List.of(), null), LetteringApiTest.class.getClassLoader(), chart));
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        accountant = api.token(CoreRoles.ACCOUNTANT);
        jeanne = api.token(CoreRoles.ENTREPRENEUR);
        long activity = api.ok(api.get(jeanne, "activities"), 200).get("items").get(0).get("id").asLong();
        post("1", "SALES", "2024-01-10", "411000", "706000", activity, "1200.00");
        post("2", "BANK", "2024-01-20", "512000", "411000", activity, "500.00");
        post("3", "BANK", "2024-01-30", "512000", "411000", activity, "700.00");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    private void post(String key, String journal, String date, String debit, String credit, long activity,
                      String amount) throws Exception {
        entries.add(api.ok(api.call(accountant, "POST", "ledger/entries", "{\"journal\":\"" + journal
                + "\",\"date\":\"" + date + "\",\"label\":\"Pièce " + key + "\",\"idempotencyKey\":\"lettering:" + key
                + "\",\"lines\":[" + line(debit, activity, "DEBIT", amount) + "," + line(credit, activity, "CREDIT",
                amount) + "]}"), 201).get("id").asLong());
    }

    private static String line(String account, long activity, String side, String amount) {
        return "{\"account\":\"" + account + "\",\"activityId\":" + activity + ",\"side\":\"" + side
                + "\",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}"
                + (account.equals("411000") ? ",\"thirdParty\":\"C-DUPONT\"" : "") + "}";
    }

    private List<Long> openIds() throws Exception {
        List<Long> ids = new ArrayList<>();
        api.ok(api.get(accountant, "ledger/lettering/open?account=411000"), 200).get("items")
                .forEach(p -> ids.add(p.get("postingId").asLong()));
        return ids;
    }

    @Test
    void lettersShowsAndUndoesAMatch() throws Exception {
        JsonNode open = api.ok(api.get(accountant, "ledger/lettering/open?account=411000&thirdParty=C-DUPONT"), 200);
        assertEquals(3, open.get("count").asLong());
        assertEquals("1200.00", open.get("totals").get(0).get("debit").get("amount").asText());
        assertEquals("1200.00", open.get("totals").get(0).get("credit").get("amount").asText());
        assertEquals("0.00", open.get("totals").get(0).get("balance").get("amount").asText());
        assertEquals("SALES-2024-000001", open.get("items").get(0).get("entry").asText());
        List<Long> ids = openIds();

        JsonNode suggestions = api.ok(api.get(accountant, "ledger/lettering/suggestions?account=411000"), 200);
        // no piece reference in common, and no payment equal to the invoice: nothing to propose
        assertEquals(0, suggestions.get("items").size(), suggestions.toString());

        JsonNode letter = api.ok(api.call(accountant, "POST", "ledger/lettering", "{\"postingIds\":" + ids + "}"),
                201);
        assertEquals("AA", letter.get("code").asText());
        assertEquals(3, letter.get("postings").size());
        assertEquals(0, api.ok(api.get(accountant, "ledger/lettering/open?account=411000"), 200).get("count").asLong());
        JsonNode entry = api.ok(api.get(accountant, "ledger/entries/" + entries.get(0)), 200);
        assertEquals("AA", entry.get("lines").get(0).get("lettering").asText(), entry.toString());
        JsonNode groups = api.ok(api.get(accountant, "ledger/lettering?account=411000"), 200);
        assertEquals("AA", groups.get("items").get(0).get("code").asText());

        JsonNode again = api.problem(api.call(accountant, "POST", "ledger/lettering", "{\"postingIds\":" + ids + "}"),
                422);
        assertEquals("Cette écriture est déjà lettrée (AA).", fieldError(again, "postingIds[0]"));

        assertEquals(204, api.call(accountant, "DELETE", "ledger/lettering/411000/AA", null).statusCode());
        assertEquals(3, api.ok(api.get(accountant, "ledger/lettering/open?account=411000"), 200).get("count").asLong());
        JsonNode gone = api.problem(api.call(accountant, "DELETE", "ledger/lettering/411000/AA", null), 422);
        assertTrue(fieldError(gone, "code").contains("AA"));
        JsonNode verify = api.ok(api.get(accountant, "ledger/verify"), 200);
        assertTrue(verify.get("intact").asBoolean(), verify.toString());
    }

    @Test
    void refusalsNameTheFieldAndAnEntrepreneurMayNotLetter() throws Exception {
        List<Long> ids = openIds();
        JsonNode unbalanced = api.problem(api.call(accountant, "POST", "ledger/lettering", "{\"postingIds\":["
                + ids.get(0) + "," + ids.get(1) + "]}"), 422);
        assertTrue(fieldError(unbalanced, "postingIds").startsWith("Les écritures ne s’équilibrent pas"));
        JsonNode missing = api.problem(api.get(accountant, "ledger/lettering/open"), 400);
        assertEquals("Ce champ est obligatoire.", fieldError(missing, "account"));

        api.problem(api.call(jeanne, "POST", "ledger/lettering", "{\"postingIds\":" + ids + "}"), 403);
        api.problem(api.call(jeanne, "DELETE", "ledger/lettering/411000/AA", null), 403);
        // she reads the open postings of her own activity
        assertEquals(3, api.ok(api.get(jeanne, "ledger/lettering/open?account=411000"), 200).get("count").asLong());
    }
}
