package coop.essaim.accompaniment.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workshop routes under /api/v1/accompaniment/, over HTTP with the demo users' tokens (real clock). */
class WorkshopApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit().withWeb();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(essaim.baseUrl(), "accompaniment");
    }

    private static String inDays(int days) {
        return LocalDate.now().plusDays(days) + "T14:00";
    }

    @Test
    void theTeamPublishesASessionJeanneSignsUpAndTheWaitingListMoves() throws Exception {
        String karim = api.token("conseil");
        JsonNode workshop = api.ok(api.send(karim, "POST", "workshops", "{\"kind\":\"workshop\","
                + "\"title\":\"Démarche commerciale\",\"durationMinutes\":120,\"capacity\":1,\"online\":true,"
                + "\"trainers\":[{\"userId\":" + fixture.adviser().userId() + "}]}"), 201);
        assertEquals("WORKSHOP", workshop.get("kind").asText());
        JsonNode renamed = api.ok(api.send(karim, "PUT", "workshops/" + workshop.get("id").asLong(), "{\"kind\":"
                + "\"workshop\",\"title\":\"Démarche commerciale (débutants)\",\"durationMinutes\":120,"
                + "\"capacity\":1,\"online\":true,\"trainers\":[{\"userId\":" + fixture.adviser().userId()
                + "}]}"), 200);
        assertEquals("Démarche commerciale (débutants)", renamed.get("title").asText());
        assertEquals(403, api.send(api.token("jeanne"), "PUT", "workshops/" + workshop.get("id").asLong(),
                "{\"title\":\"X\",\"durationMinutes\":60,\"capacity\":1,\"online\":true,\"trainers\":[]}")
                .statusCode());
        JsonNode session = api.ok(api.send(karim, "POST", "workshop-sessions", "{\"workshopId\":"
                + workshop.get("id").asLong() + ",\"start\":\"" + inDays(9) + "\"}"), 201);
        long sessionId = session.get("id").asLong();
        assertEquals(1, session.get("capacity").asInt());

        String jeanne = api.token("jeanne");
        JsonNode listed = api.ok(api.get(jeanne, "workshop-sessions?from=" + LocalDate.now() + "&to="
                + LocalDate.now().plusDays(30)), 200);
        assertTrue(listed.get("items").findValues("id").stream().anyMatch(n -> n.asLong() == sessionId));
        JsonNode mine = api.ok(api.send(jeanne, "POST", "workshop-sessions/" + sessionId + "/sign-ups", "{}"), 201);
        assertEquals("CONFIRMED", mine.get("status").asText());
        assertEquals(fixture.jeannePerson().id(), mine.get("personId").asLong());

        JsonNode waiting = api.problem(api.send(karim, "POST", "workshop-sessions/" + sessionId + "/sign-ups",
                "{\"personId\":" + fixture.person("Jeanne", "Martin").id() + "}"), 422);
        assertEquals("Déjà inscrit à cette session.", ApiClient.fieldError(waiting, "personId"));
        String nadia = api.token("nadia");
        JsonNode antoines = api.ok(api.send(nadia, "POST", "workshop-sessions/" + sessionId + "/sign-ups",
                "{\"personId\":" + fixture.person("Antoine", "Faure").id() + "}"), 201);
        assertEquals("WAITING", antoines.get("status").asText());

        assertEquals(403, api.get(jeanne, "workshop-sessions/" + sessionId + "/sign-ups").statusCode());
        assertEquals(404, api.get(jeanne, "sign-ups/" + antoines.get("id").asLong()).statusCode());
        var own = api.get(jeanne, "sign-ups");
        assertFalse(own.body().contains("\"id\":" + antoines.get("id").asLong() + ","), own.body());

        JsonNode cancelled = api.ok(api.send(jeanne, "PUT", "sign-ups/" + mine.get("id").asLong() + "/status",
                "{\"status\":\"cancelled\"}"), 200);
        assertEquals("CANCELLED", cancelled.get("status").asText());
        assertEquals("CONFIRMED", api.ok(api.get(nadia, "sign-ups/" + antoines.get("id").asLong()), 200)
                .get("status").asText());
        JsonNode list = api.ok(api.get(karim, "workshop-sessions/" + sessionId + "/sign-ups"), 200);
        assertEquals(2, list.get("items").size());
    }

    @Test
    void badInputIsNamedAndAttendanceWaitsForTheSession() throws Exception {
        String karim = api.token("conseil");
        JsonNode refused = api.problem(api.send(karim, "POST", "workshops", "{\"title\":\"Stocks\","
                + "\"durationMinutes\":5,\"capacity\":10,\"online\":true,\"trainers\":[]}"), 422);
        assertEquals("Une durée de 15 à 600 minutes est attendue.", ApiClient.fieldError(refused, "durationMinutes"));
        assertTrue(ApiClient.fieldError(refused, "trainerUserIds") != null);
        JsonNode badStart = api.problem(api.send(karim, "POST", "workshop-sessions",
                "{\"workshopId\":1,\"start\":\"demain\"}"), 400);
        assertTrue(ApiClient.fieldError(badStart, "start").contains("2027-03-08T09:30"));

        JsonNode w = api.ok(api.send(karim, "POST", "workshops", "{\"title\":\"Comptabilité\",\"durationMinutes\":90,"
                + "\"capacity\":10,\"online\":true,\"trainers\":[{\"userId\":" + fixture.adviser().userId()
                + "}]}"), 201);
        long session = api.ok(api.send(karim, "POST", "workshop-sessions", "{\"workshopId\":" + w.get("id").asLong()
                + ",\"start\":\"" + inDays(5) + "\"}"), 201).get("id").asLong();
        long signUp = api.ok(api.send(karim, "POST", "workshop-sessions/" + session + "/sign-ups",
                "{\"personId\":" + fixture.jeannePerson().id() + "}"), 201).get("id").asLong();
        JsonNode early = api.problem(api.send(karim, "PUT", "sign-ups/" + signUp + "/attendance",
                "{\"attendance\":\"present\"}"), 422);
        assertEquals("À noter une fois la session commencée.", ApiClient.fieldError(early, "attendance"));
        assertEquals(403, api.send(api.token("jeanne"), "PUT", "sign-ups/" + signUp + "/attendance",
                "{\"attendance\":\"present\"}").statusCode());
    }
}
