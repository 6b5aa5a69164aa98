package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.people.PersonalData;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.web.DemoUsers;
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
import java.util.Map;

import static coop.essaim.web.api.ApiCalls.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import, export and anonymisation API over the demo cooperative, for each role. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleDataApiTest {

    /** Line 3: an unknown site; line 5: a date that is none. */
    private static final String MIXED = """
            given_name,family_name,email,site,birth_date
            Paula,Apiimport,paula.api@example.org,Villeurbanne,1990-05-01
            Marc,Apirefus,marc.api@example.org,Grenoble,
            Lina,Apivalide,lina.api@example.org,Villeurbanne,
            Tom,Apidate,tom.api@example.org,Villeurbanne,1979-13-01
            """;

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private OtherCooperative other;
    private String admin;
    private String adviser;
    private String accountant;
    private String jeanne;
    private long jeanneId;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        other = OtherCooperative.insert(fixture.kernel().dataSource());
        admin = api.token(CoreRoles.ADMINISTRATOR);
        adviser = api.token(CoreRoles.ADVISER);
        accountant = api.token(CoreRoles.ACCOUNTANT);
        jeanne = api.token(CoreRoles.ENTREPRENEUR);
        jeanneId = api.ok(api.get(jeanne, "people"), 200).get("items").get(0).get("id").asLong();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    private HttpResponse<String> importCsv(String token, String query, String csv) throws Exception {
        return api.call(token, "POST", "people/import?" + query, csv, "Content-Type", "text/csv; charset=utf-8");
    }

    private long found(String search) throws Exception {
        return api.ok(api.get(admin, "people?q=" + search), 200).get("total").asLong();
    }

    private long id(String family) {
        return DemoUsers.person(fixture.kernel(), DemoUsers.context(fixture.kernel(), CoreRoles.ADMINISTRATOR),
                family).id();
    }

    @Test
    void aMixedFileIs422WithItsReportThenItsValidLinesAreImported() throws Exception {
        JsonNode refused = api.problem(importCsv(adviser, "kind=people&mode=all", MIXED), 422);
        JsonNode report = refused.get("report");
        assertEquals(4, report.get("lines").asInt());
        assertEquals(0, report.get("imported").asInt());
        assertFalse(report.get("written").asBoolean());
        assertEquals(3, report.get("problems").get(0).get("line").asInt());
        assertEquals("site", report.get("problems").get(0).get("column").asText());
        assertEquals("birth_date", report.get("problems").get(1).get("column").asText());
        assertEquals(0, found("Apivalide"));
        JsonNode check = api.problem(importCsv(adviser, "kind=people&mode=check", MIXED), 422);
        assertEquals(2, check.get("report").get("problems").size());

        JsonNode imported = api.ok(importCsv(adviser, "kind=people&mode=valid", MIXED), 200);
        assertEquals(2, imported.get("imported").asInt());
        assertTrue(imported.get("written").asBoolean());
        assertEquals(2, imported.get("problems").size());
        assertEquals(1, found("Apivalide"));
        assertEquals(0, found("Apirefus"));

        JsonNode clean = api.ok(importCsv(admin, "kind=people&mode=check",
                "given_name,family_name,site\nNina,Apicheck,Villeurbanne\n"), 200);
        assertTrue(clean.get("valid").asBoolean());
        assertFalse(clean.get("written").asBoolean());
        assertEquals(0, found("Apicheck"));
    }

    @Test
    void importRefusesWhoMayNotImportAndWhatIsNotACsvFile() throws Exception {
        String csv = "given_name,family_name,site\nNina,Apirefusee,Villeurbanne\n";
        api.problem(importCsv(accountant, "kind=people&mode=all", csv), 403);
        api.problem(importCsv(jeanne, "kind=activities&mode=all", csv), 403);
        JsonNode bad = api.problem(importCsv(admin, "mode=sometimes", csv), 400);
        fieldError(bad, "kind");
        assertTrue(fieldError(bad, "mode").contains("check, all, valid"));
        api.problem(api.call(admin, "POST", "people/import?kind=people&mode=all", "{}"), 415);
        api.problem(importCsv(admin, "kind=people&mode=all", "a".repeat(5 * 1024 * 1024 + 1)), 413);
        assertEquals(0, found("Apirefusee"));
    }

    @Test
    void theExportHoldsThePersonsDataAndOnlyForThoseWhoMayReadIt() throws Exception {
        HttpResponse<String> r = api.get(admin, "people/" + jeanneId + "/export");
        JsonNode export = api.ok(r, 200);
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
                .equals("attachment; filename=\"person-" + jeanneId + ".json\""));
        assertEquals("Martin", export.get("person").get("familyName").asText());
        assertEquals("jeanne", export.get("login").get("login").asText());

        HttpResponse<String> csv = api.get(adviser, "people/" + jeanneId + "/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("section,item,field,value"), csv.body());

        assertEquals("Martin", api.ok(api.get(jeanne, "people/" + jeanneId + "/export"), 200).get("person")
                .get("familyName").asText());
        api.problem(api.get(jeanne, "people/" + id("Brun") + "/export"), 404);
        api.problem(api.get(admin, "people/" + other.personId() + "/export"), 404);
        api.problem(api.get(accountant, "people/" + jeanneId + "/export"), 403);
        fieldError(api.problem(api.get(admin, "people/" + jeanneId + "/export?format=pdf"), 400), "format");
    }

    @Test
    void anonymisationSaysWhenAndIsRefusedUntilThen() throws Exception {
        JsonNode notLeft = api.ok(api.get(admin, "people/" + jeanneId + "/anonymisation"), 200);
        assertTrue(notLeft.get("anonymisableFrom").isNull());
        assertFalse(notLeft.get("anonymisableNow").asBoolean());
        JsonNode helene = api.ok(api.get(admin, "people/" + id("Garcia") + "/anonymisation"), 200);
        assertTrue(helene.get("anonymisableFrom").asText().matches("\\d{4}-\\d{2}-\\d{2}"), helene.toString());
        assertFalse(helene.get("anonymisableNow").asBoolean());

        JsonNode refused = api.problem(api.call(admin, "POST", "people/" + jeanneId + "/anonymisation", null), 422);
        assertTrue(fieldError(refused, "person").contains("sorti"), refused.toString());
        api.problem(api.call(admin, "POST", "people/" + id("Garcia") + "/anonymisation", null), 422);
        api.problem(api.get(accountant, "people/" + jeanneId + "/anonymisation"), 403);
        api.problem(api.call(adviser, "POST", "people/" + id("Garcia") + "/anonymisation", null), 403);
        api.problem(api.call(jeanne, "POST", "people/" + id("Garcia") + "/anonymisation", null), 404);
        api.problem(api.get(admin, "people/" + other.personId() + "/anonymisation"), 404);
        assertEquals("Garcia", api.ok(api.get(admin, "people/" + id("Garcia")), 200).get("familyName").asText());
    }

    @Test
    void aMemberWhoLeftIsAnonymisedOnceTheRetentionPeriodPassed() throws Exception {
        long florian = id("Masson");
        CooperativeSettings settings = fixture.kernel().service(CooperativeSettings.class);
        settings.change(DemoUsers.context(fixture.kernel(), CoreRoles.ADMINISTRATOR), PersonalData.RETENTION_SETTING,
                "0");
        try {
            assertTrue(api.ok(api.get(admin, "people/" + florian + "/anonymisation"), 200).get("anonymisableNow")
                    .asBoolean());
            JsonNode done = api.ok(api.call(admin, "POST", "people/" + florian + "/anonymisation", null), 200);
            assertEquals("#" + florian, done.get("displayName").asText());
            assertTrue(done.get("email").isNull());
            api.problem(api.call(admin, "POST", "people/" + florian + "/anonymisation", null), 422);
        } finally {
            settings.change(DemoUsers.context(fixture.kernel(), CoreRoles.ADMINISTRATOR),
                    PersonalData.RETENTION_SETTING, "60");
        }
    }
}
