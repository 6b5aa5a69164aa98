package coop.essaim.tradegroups.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.tradegroups.TradeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes under /api/v1/trade-groups/, over HTTP with the demo users' tokens and members' own. */
class TradeGroupsApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = TradeFixture.kit().withWeb();

    private final TradeFixture fixture = new TradeFixture(essaim);

    @Test
    void theAdviserMakesAGroupItsCoordinatorRecordsAMeetingAndAGridEveryoneReadsTheGrids() throws Exception {
        ApiClient api = new ApiClient(essaim.baseUrl(), "trade-groups");
        String admin = api.token("admin");
        String jeanne = api.token("jeanne");
        fixture.login("Marchand");
        fixture.login("Chevalier");
        String marchand = api.token("marchand");
        String chevalier = api.token("chevalier");
        long marchandId = fixture.member("Marchand");
        long chevalierId = fixture.member("Chevalier");

        JsonNode blank = api.problem(api.send(admin, "POST", "groups", "{\"name\": \"Interprètes API\", \"trade\": \" \"}"), 400);
        assertNotNull(ApiClient.fieldError(blank, "trade"), blank.toString());
        JsonNode created = api.ok(api.send(admin, "POST", "groups", "{\"name\": \"Interprètes API\","
                + " \"trade\": \"interprétariat\", \"coordinatorId\": " + marchandId + "}"), 201);
        long id = created.get("id").asLong();
        assertEquals(marchandId, created.get("coordinatorId").asLong());
        JsonNode taken = api.problem(api.send(admin, "POST", "groups", "{\"name\": \"interprètes api\","
                + " \"trade\": \"interprétariat\"}"), 422);
        assertNotNull(ApiClient.fieldError(taken, "name"), taken.toString());
        assertEquals(403, api.send(marchand, "POST", "groups", "{\"name\": \"X\", \"trade\": \"y\"}").statusCode());
        api.ok(api.send(admin, "POST", "groups/" + id + "/members", "{\"personId\": " + chevalierId
                + ", \"from\": \"" + LocalDate.now().minusDays(1) + "\"}"), 201);

        String today = LocalDate.now().toString();
        String meeting = "{\"date\": \"" + today + "\", \"theme\": \"Accueillir les nouveaux\", \"presenterId\": "
                + chevalierId + ", \"notes\": \"Tour de table\", \"present\": [{\"personId\": " + chevalierId + "}],"
                + " \"resources\": [{\"title\": \"Charte\", \"url\": \"%s\"}]}";
        JsonNode badUrl = api.problem(api.send(marchand, "POST", "groups/" + id + "/meetings",
                meeting.formatted("ftp://example.org/charte")), 422);
        assertNotNull(ApiClient.fieldError(badUrl, "resources[0].url"), badUrl.toString());
        JsonNode noDate = api.problem(api.send(marchand, "POST", "groups/" + id + "/meetings",
                "{\"theme\": \"x\"}"), 400);
        assertNotNull(ApiClient.fieldError(noDate, "date"), noDate.toString());
        JsonNode m = api.ok(api.send(marchand, "POST", "groups/" + id + "/meetings",
                meeting.formatted("https://example.org/charte")), 201);
        assertEquals("Accueillir les nouveaux", m.get("theme").asText());
        assertEquals(2, m.get("attendance").size());
        assertEquals(403, api.send(chevalier, "POST", "groups/" + id + "/meetings",
                "{\"date\": \"2026-01-05\", \"theme\": \"x\"}").statusCode());

        String ahead = LocalDate.now().plusDays(10).toString();
        JsonNode planned = api.ok(api.send(marchand, "POST", "groups/" + id + "/meetings", "{\"date\": \"" + ahead
                + "\", \"theme\": \"À venir\"}"), 201);
        JsonNode tooEarly = api.problem(api.send(marchand, "POST", "meetings/" + planned.get("id").asLong()
                + "/report", "{\"present\": [{\"personId\": " + chevalierId + "}]}"), 422);
        assertNotNull(ApiClient.fieldError(tooEarly, "date"), tooEarly.toString());
        assertEquals(404, api.send(jeanne, "POST", "meetings/" + planned.get("id").asLong() + "/report", "{}")
                .statusCode());
        JsonNode already = api.problem(api.send(marchand, "POST", "meetings/" + m.get("id").asLong() + "/report",
                "{}"), 422);
        assertNotNull(ApiClient.fieldError(already, "meetingId"), already.toString());

        JsonNode detail = api.ok(api.get(chevalier, "groups/" + id), 200);
        assertEquals("Tour de table", detail.get("meetings").get(1).get("notes").asText());
        assertEquals(2, detail.get("currentMemberIds").size());
        assertEquals(404, api.get(jeanne, "groups/" + id).statusCode());
        assertEquals(404, api.send(jeanne, "POST", "groups/" + id + "/meetings", meeting.formatted("https://a.b"))
                .statusCode());
        for (JsonNode g : api.ok(api.get(jeanne, "groups"), 200)) {
            assertTrue(g.get("id").asLong() != id, "a group she cannot open is not in her groups");
        }
        JsonNode all = api.ok(api.get(jeanne, "directory"), 200);
        JsonNode seen = null;
        for (JsonNode g : all) {
            if (g.get("id").asLong() == id) {
                seen = g;
            }
        }
        assertNotNull(seen);
        assertEquals("interprétariat", seen.get("trade").asText());
        assertFalse(seen.has("meetings"));
        assertTrue(api.ok(api.get(admin, "directory?trade=Interpr%C3%A9tariat"), 200).findValues("id").stream()
                .anyMatch(n -> n.asLong() == id));
        assertTrue(api.ok(api.get(admin, "directory?trade=menuiserie"), 200).findValues("id").stream()
                .noneMatch(n -> n.asLong() == id));
        assertTrue(api.ok(api.get(admin, "people/" + marchandId + "/groups"), 200).findValues("id").stream()
                .anyMatch(n -> n.asLong() == id));
        JsonNode notHers = api.problem(api.get(jeanne, "people/" + marchandId + "/groups"), 422);
        assertNotNull(ApiClient.fieldError(notHers, "personId"), notHers.toString());

        String grid = "{\"unit\": \"hour\", \"validFrom\": \"%s\", \"lines\": [{\"label\": \"Liaison\","
                + " \"minimum\": {\"amount\": \"%s\", \"currency\": \"EUR\"}}]}";
        JsonNode zero = api.problem(api.send(marchand, "POST", "groups/" + id + "/grids",
                grid.formatted("2026-01-01", "0.00")), 422);
        assertNotNull(ApiClient.fieldError(zero, "lines[0].minimum"), zero.toString());
        JsonNode unit = api.problem(api.send(marchand, "POST", "groups/" + id + "/grids",
                "{\"unit\": \"semaine\", \"validFrom\": \"2026-01-01\", \"lines\": []}"), 400);
        assertNotNull(ApiClient.fieldError(unit, "unit"), unit.toString());
        JsonNode edition = api.ok(api.send(marchand, "POST", "groups/" + id + "/grids",
                grid.formatted("2026-01-01", "80.00")), 201);
        assertEquals("HOUR", edition.get("unit").asText());
        assertEquals("80.00", edition.get("lines").get(0).get("minimum").get("amount").asText());
        api.ok(api.send(marchand, "POST", "groups/" + id + "/grids", grid.formatted("2026-09-01", "85.00")), 201);
        assertEquals(403, api.send(chevalier, "POST", "groups/" + id + "/grids",
                grid.formatted("2026-10-01", "1.00")).statusCode());

        JsonNode march = api.ok(api.get(jeanne, "grids?trade=interpr%C3%A9tariat&on=2026-03-01"), 200);
        assertEquals(1, march.size(), march.toString());
        assertEquals("80.00", march.get(0).get("lines").get(0).get("minimum").get("amount").asText());
        JsonNode october = api.ok(api.get(jeanne, "grids?trade=interpr%C3%A9tariat&on=2026-10-01"), 200);
        assertEquals("85.00", october.get(0).get("lines").get(0).get("minimum").get("amount").asText());
        assertEquals(0, api.ok(api.get(jeanne, "grids?trade=interpr%C3%A9tariat&on=2025-12-31"), 200).size());
        JsonNode badDay = api.problem(api.get(jeanne, "grids?on=mars"), 400);
        assertNotNull(ApiClient.fieldError(badDay, "on"), badDay.toString());
    }
}
