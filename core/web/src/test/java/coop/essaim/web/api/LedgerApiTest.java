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

/** The ledger API over the demo cooperative with a small French chart, for each role. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerApiTest {

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private String admin;
    private String adviser;
    private String accountant;
    private String jeanne;
    private long jeanneActivity;
    private long otherActivity;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        Path chart = Path.of(LedgerApiTest.class.getResource("/apichart").toURI());
        fixture.kernel().modules().install(ClasspathModuleSource.of(new ModuleDescriptor("apichart", "1.0.0",
                "Plan de test", ">=0.1.0", List.of(), null), LedgerApiTest.class.getClassLoader(), chart));
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        admin = api.token(CoreRoles.ADMINISTRATOR);
        adviser = api.token(CoreRoles.ADVISER);
        accountant = api.token(CoreRoles.ACCOUNTANT);
        jeanne = api.token(CoreRoles.ENTREPRENEUR);
        jeanneActivity = api.ok(api.get(jeanne, "activities"), 200).get("items").get(0).get("id").asLong();
        for (JsonNode a : api.ok(api.get(admin, "activities?limit=500"), 200).get("items")) {
            if (!a.get("id").asText().equals(Long.toString(jeanneActivity))
                    && api.get(jeanne, "activities/" + a.get("id").asLong()).statusCode() == 404) {
                otherActivity = a.get("id").asLong();
            }
        }
        assertTrue(otherActivity > 0);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    @Test
    void theAccountantPostsAnEntryAndAReplayReturnsItPostingNothing() throws Exception {
        String body = sale("2026-03-10", jeanneActivity, "1200.00", null);
        HttpResponse<String> posted = api.call(accountant, "POST", "ledger/entries", body,
                "Idempotency-Key", "test:sale:1");
        JsonNode entry = api.ok(posted, 201);
        assertEquals("/api/v1/ledger/entries/" + entry.get("id").asLong(),
                posted.headers().firstValue("Location").orElseThrow());
        assertEquals("SALES", entry.get("journal").asText());
        JsonNode amount = entry.get("lines").get(0).get("amount");
        assertTrue(amount.get("amount").isTextual(), entry.toString());
        assertEquals("1200.00", amount.get("amount").asText());
        assertEquals("EUR", amount.get("currency").asText());
        int before = entries("journal=SALES").size();

        JsonNode replay = api.ok(api.call(accountant, "POST", "ledger/entries", body,
                "Idempotency-Key", "test:sale:1"), 200);
        assertEquals(entry.get("id").asLong(), replay.get("id").asLong());
        assertEquals(entry.get("reference").asText(), replay.get("reference").asText());
        JsonNode inBody = api.ok(api.call(admin, "POST", "ledger/entries",
                sale("2026-03-10", jeanneActivity, "1200.00", "test:sale:1")), 200);
        assertEquals(entry.get("id").asLong(), inBody.get("id").asLong());
        assertEquals(before, entries("journal=SALES").size());
        assertEquals(entry.toString(), api.ok(api.get(accountant, "ledger/entries/" + entry.get("id").asLong()), 200)
                .toString());

        JsonNode otherLines = api.problem(api.call(accountant, "POST", "ledger/entries",
                sale("2026-03-10", jeanneActivity, "999.00", "test:sale:1")), 422);
        fieldError(otherLines, "idempotencyKey");
        JsonNode mismatch = api.problem(api.call(accountant, "POST", "ledger/entries",
                sale("2026-03-10", jeanneActivity, "10.00", "test:sale:2"), "Idempotency-Key", "test:sale:3"), 400);
        assertTrue(fieldError(mismatch, "idempotencyKey").contains("test:sale:3"));
        assertEquals(before, entries("journal=SALES").size());
    }

    @Test
    void onlyRolesHoldingThePostPermissionPost() throws Exception {
        String body = sale("2026-03-11", jeanneActivity, "50.00", "test:refused");
        JsonNode refused = api.problem(api.call(jeanne, "POST", "ledger/entries", body), 403);
        assertTrue(refused.get("detail").asText().contains("core.ledger.post"), refused.toString());
        api.problem(api.call(adviser, "POST", "ledger/entries", body), 403);
        assertTrue(entries("from=2026-03-11&to=2026-03-11").isEmpty());
        api.ok(api.get(adviser, "ledger/entries"), 200);
        api.ok(api.get(adviser, "ledger/verify"), 200);
    }

    @Test
    void anEntrepreneurReadsOnlyHerOwnActivitysLines() throws Exception {
        long own = posted(sale("2026-04-01", jeanneActivity, "300.00", "test:own"));
        long foreign = posted(sale("2026-04-01", otherActivity, "400.00", "test:foreign"));

        api.ok(api.get(jeanne, "ledger/entries/" + own), 200);
        api.problem(api.get(jeanne, "ledger/entries/" + foreign), 404);
        api.problem(api.call(jeanne, "POST", "ledger/entries/" + foreign + "/reversal", "{\"date\":\"2026-04-02\"}"),
                404);
        JsonNode list = api.ok(api.get(jeanne, "ledger/entries?limit=500"), 200);
        list.get("items").forEach(e -> e.get("lines").forEach(l ->
                assertEquals(jeanneActivity, l.get("activityId").asLong(), e.toString())));
        JsonNode balances = api.ok(api.get(jeanne, "ledger/balances?by=activity&activity=" + otherActivity), 200);
        assertEquals(0, balances.get("items").size(), balances.toString());
        JsonNode mine = api.ok(api.get(jeanne, "ledger/balances?by=activity"), 200);
        mine.get("items").forEach(b -> assertEquals(jeanneActivity, b.get("activityId").asLong()));
        api.problem(api.get(jeanne, "ledger/verify"), 403);
    }

    @Test
    void badFieldsAreNamedByTheirPathAndNothingIsPosted() throws Exception {
        int before = entries("from=2026-05-01&to=2026-05-31").size();
        JsonNode mistyped = api.problem(api.call(accountant, "POST", "ledger/entries", "{\"journal\":\"sales\","
                + "\"date\":\"2026-05-02\",\"label\":\"x\",\"idempotencyKey\":\"test:bad\",\"lines\":["
                + "{\"account\":\"411000\",\"activityId\":" + jeanneActivity + ",\"side\":\"DEBIT\",\"amount\":12.5},"
                + "{\"account\":\"706000\",\"activityId\":\"x\",\"side\":\"LEFT\",\"amount\":"
                + "{\"amount\":\"12.505\",\"currency\":\"EUR\"}}]}"), 400);
        fieldError(mistyped, "journal");
        assertTrue(fieldError(mistyped, "lines[0].amount").contains("objet"), mistyped.toString());
        fieldError(mistyped, "lines[1].activityId");
        fieldError(mistyped, "lines[1].side");
        fieldError(mistyped, "lines[1].amount.amount");
        assertTrue(mistyped.toString().contains("\"pointer\":\"/lines/1/amount/amount\""), mistyped.toString());

        JsonNode refused = api.problem(api.call(accountant, "POST", "ledger/entries", "{\"journal\":\"SALES\","
                + "\"date\":\"2026-05-02\",\"label\":\"x\",\"idempotencyKey\":\"test:bad\",\"lines\":["
                + line("999999", jeanneActivity, "DEBIT", "10.00") + ","
                + "{\"account\":\"706000\",\"side\":\"CREDIT\",\"amount\":{\"amount\":\"9.00\",\"currency\":\"EUR\"}}"
                + "]}", "Accept-Language", "en"), 422);
        fieldError(refused, "lines[0].account");
        fieldError(refused, "lines[1].activityId");
        fieldError(refused, "lines");
        assertEquals(before, entries("from=2026-05-01&to=2026-05-31").size());

        // found by ApiFuzzTest: two debits adding up beyond a long were a server error
        String huge = "92233720368547758.07";
        JsonNode overflow = api.problem(api.call(accountant, "POST", "ledger/entries", "{\"journal\":\"SALES\","
                + "\"date\":\"2026-05-02\",\"label\":\"x\",\"idempotencyKey\":\"test:huge\",\"lines\":["
                + line("411000", jeanneActivity, "DEBIT", huge) + "," + line("411000", jeanneActivity, "DEBIT", huge)
                + "," + line("706000", jeanneActivity, "CREDIT", "1.00") + "]}", "Accept-Language", "en"), 422);
        assertTrue(fieldError(overflow, "lines[1].amount").contains("beyond what an account can hold"),
                overflow.toString());
        assertEquals(before, entries("from=2026-05-01&to=2026-05-31").size());
    }

    @Test
    void entriesArePagedWithALinkToTheNextPage() throws Exception {
        for (int i = 1; i <= 3; i++) {
            posted("{\"journal\":\"BANK\",\"date\":\"2026-06-0" + i + "\",\"label\":\"Encaissement " + i + "\","
                    + "\"idempotencyKey\":\"test:bank:" + i + "\",\"lines\":["
                    + line("512000", jeanneActivity, "DEBIT", "10.00") + ","
                    + line("411000", jeanneActivity, "CREDIT", "10.00") + "]}");
        }
        HttpResponse<String> first = api.get(accountant, "ledger/entries?journal=BANK&limit=2");
        assertEquals(2, api.ok(first, 200).get("items").size());
        String link = first.headers().firstValue("Link").orElseThrow();
        assertEquals("</api/v1/ledger/entries?journal=BANK&offset=2&limit=2>; rel=\"next\"", link);
        HttpResponse<String> second = api.get(accountant, link.substring(1, link.indexOf('>')));
        JsonNode last = api.ok(second, 200);
        assertEquals(1, last.get("items").size());
        assertEquals("2026-06-03", last.get("items").get(0).get("date").asText());
        assertFalse(second.headers().firstValue("Link").isPresent());
        api.problem(api.get(accountant, "ledger/entries?from=yesterday"), 400);
    }

    @Test
    void anEntryIsReversedOnceAndBalancesAndTheChainFollow() throws Exception {
        long id = posted(sale("2026-07-01", jeanneActivity, "80.00", "test:reversed"));
        HttpResponse<String> r = api.call(accountant, "POST", "ledger/entries/" + id + "/reversal",
                "{\"date\":\"2026-07-02\"}");
        JsonNode reversal = api.ok(r, 201);
        assertEquals(id, reversal.get("reversesEntryId").asLong());
        assertEquals("CREDIT", reversal.get("lines").get(0).get("side").asText());
        fieldError(api.problem(api.call(accountant, "POST", "ledger/entries/" + id + "/reversal",
                "{\"date\":\"2026-07-03\"}"), 422), "entry");
        api.problem(api.call(jeanne, "POST", "ledger/entries/" + id + "/reversal", "{\"date\":\"2026-07-03\"}"), 403);

        JsonNode balances = api.ok(api.get(accountant, "ledger/balances?by=account&from=2026-07-01&to=2026-07-31"), 200);
        assertEquals("ACCOUNT", balances.get("by").asText());
        for (JsonNode b : balances.get("items")) {
            assertEquals("0.00", b.get("balance").get("amount").asText(), balances.toString());
            assertEquals("80.00", b.get("debit").get("amount").asText());
        }
        assertEquals(2, balances.get("items").size());
        fieldError(api.problem(api.get(accountant, "ledger/balances?by=month"), 400), "by");
        JsonNode chain = api.ok(api.get(accountant, "ledger/verify"), 200);
        assertTrue(chain.get("intact").asBoolean(), chain.toString());
        assertTrue(chain.get("entriesChecked").asLong() >= 2);
    }

    private long posted(String body) throws Exception {
        return api.ok(api.call(accountant, "POST", "ledger/entries", body), 201).get("id").asLong();
    }

    private JsonNode entries(String query) throws Exception {
        return api.ok(api.get(accountant, "ledger/entries?limit=500&" + query), 200).get("items");
    }

    private static String sale(String date, long activity, String amount, String key) {
        return "{\"journal\":\"SALES\",\"date\":\"" + date + "\",\"pieceReference\":\"F-" + date + "\","
                + "\"label\":\"Facture\"," + (key == null ? "" : "\"idempotencyKey\":\"" + key + "\",")
                + "\"lines\":[" + line("411000", activity, "DEBIT", amount) + ","
                + line("706000", activity, "CREDIT", amount) + "]}";
    }

    private static String line(String account, long activity, String side, String amount) {
        return "{\"account\":\"" + account + "\",\"activityId\":" + activity + ",\"side\":\"" + side + "\","
                + "\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}}";
    }
    @Test
    void theBooksGoOutAndComeInAsPlainTextJournalsThroughTheApi() throws Exception {
        String code = api.ok(api.get(accountant, "activities/" + jeanneActivity), 200).get("analyticCode").asText();
        String journal = "2026-04-02 Vente atelier (API)\n    411000:" + code + "    120.00 EUR\n    706000:" + code
                + "\n";
        JsonNode first = api.ok(api.call(accountant, "POST", "ledger/import?source=migration.journal", journal,
                "Content-Type", "text/plain; charset=utf-8"), 200);
        assertEquals(1, first.get("entriesPosted").asLong());
        JsonNode again = api.ok(api.call(accountant, "POST", "ledger/import", journal,
                "Content-Type", "text/plain"), 200);
        assertEquals(0, again.get("entriesPosted").asLong());
        assertEquals(1, again.get("alreadyPresent").asLong());

        String unbalanced = "2026-04-03 Erreur (API)\n    411000:" + code + "    120.00 EUR\n    706000:" + code
                + "    -100.00 EUR\n";
        HttpResponse<String> refused = api.call(accountant, "POST", "ledger/import", unbalanced,
                "Content-Type", "text/plain");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"line:"), refused.body());
        assertEquals(415, api.call(accountant, "POST", "ledger/import", journal).statusCode());
        assertEquals(403, api.call(adviser, "POST", "ledger/import", journal, "Content-Type", "text/plain")
                .statusCode());

        HttpResponse<String> text = api.get(accountant, "ledger/export?format=hledger&from=2026-04-01&to=2026-04-30");
        assertEquals(200, text.statusCode(), text.body());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(text.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(text.body().contains("Vente atelier (API)"), text.body());
        assertTrue(text.body().contains("411000:" + code), text.body());
        assertFalse(text.body().contains("Erreur (API)"), text.body());
        HttpResponse<String> csv = api.get(accountant, "ledger/export?format=csv&from=2026-04-01&to=2026-04-30");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("Vente atelier (API)"), csv.body());
        assertEquals(403, api.get(jeanne, "ledger/export?format=hledger").statusCode());
        assertEquals(400, api.get(accountant, "ledger/export?format=pdf").statusCode());
    }
}
