package coop.essaim.accompaniment.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accompaniment routes under /api/v1/accompaniment/, over HTTP with the demo users' tokens. */
class AccompanimentApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit().withWeb();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(essaim.baseUrl(), "accompaniment");
    }

    private String draft(long person, String start) {
        return "{\"personId\":" + person + ",\"start\":\"" + start + "\",\"durationMinutes\":60,\"mode\":\"on_site\","
                + "\"establishmentId\":" + fixture.site("Lyon") + ",\"advisers\":[{\"userId\":"
                + fixture.adviser().userId() + "}],\"topics\":[{\"label\":\"prix\"}],"
                + "\"privateNotes\":\"Doute sur les délais\",\"sharedNotes\":\"Revoir la grille\","
                + "\"nextSteps\":\"Envoyer le devis\"}";
    }

    @Test
    void theAdviserCreatesJeanneReadsWithoutThePrivateNotes() throws Exception {
        String karim = api.token("conseil");
        JsonNode created = api.ok(api.send(karim, "POST", "appointments", draft(fixture.jeannePerson().id(),
                "2026-11-16T09:30")), 201);
        long id = created.get("id").asLong();
        assertEquals("Doute sur les délais", created.get("privateNotes").asText());
        assertEquals("2026-11-16T10:30", created.get("end").asText());
        assertEquals("EXPECTED", created.get("attendance").asText());

        String jeanne = api.token("jeanne");
        var raw = api.get(jeanne, "appointments/" + id);
        JsonNode seen = api.ok(raw, 200);
        assertFalse(seen.has("privateNotes"));
        assertFalse(raw.body().contains("Doute sur les délais"), raw.body());
        assertEquals("Revoir la grille", seen.get("sharedNotes").asText());
        var own = api.get(jeanne, "appointments");
        assertTrue(own.body().contains("Revoir la grille"));
        assertFalse(own.body().contains("Doute sur les délais"), own.body());

        JsonNode present = api.ok(api.send(karim, "PUT", "appointments/" + id + "/attendance",
                "{\"attendance\":\"present\"}"), 200);
        assertEquals("PRESENT", present.get("attendance").asText());
        assertEquals(403, api.send(jeanne, "PUT", "appointments/" + id + "/attendance",
                "{\"attendance\":\"absent\"}").statusCode());
        JsonNode week = api.ok(api.get(karim, "appointments?from=2026-11-16&to=2026-11-22"), 200);
        assertTrue(week.get("items").size() >= 1);
    }

    @Test
    void anotherPersonsAppointmentIsNotFoundAndBadInputIsNamed() throws Exception {
        String nadia = api.token("nadia");
        long antoine = fixture.person("Antoine", "Faure").id();
        String body = "{\"personId\":" + antoine + ",\"start\":\"2026-11-17T11:00\",\"durationMinutes\":30,"
                + "\"mode\":\"phone\",\"advisers\":[{\"userId\":" + fixture.nadia().userId() + "}],"
                + "\"privateNotes\":\"Fragile\"}";
        long id = api.ok(api.send(nadia, "POST", "appointments", body), 201).get("id").asLong();

        String jeanne = api.token("jeanne");
        assertEquals(404, api.get(jeanne, "appointments/" + id).statusCode());
        assertEquals(404, api.send(jeanne, "PUT", "appointments/" + id + "/attendance",
                "{\"attendance\":\"absent\"}").statusCode());
        // Karim reads Villeurbanne's people, not the private notes of an appointment he does not manage
        var karims = api.get(api.token("conseil"), "appointments/" + id);
        assertEquals(200, karims.statusCode());
        assertFalse(karims.body().contains("Fragile"), karims.body());
        assertEquals(403, api.send(api.token("conseil"), "POST", "appointments", draft(antoine, "2026-11-18T09:00"))
                .statusCode());

        JsonNode bad = api.problem(api.send(nadia, "POST", "appointments", "{\"personId\":" + antoine
                + ",\"start\":\"mardi\",\"mode\":\"phone\"}"), 400);
        assertTrue(ApiClient.fieldError(bad, "start").contains("2027-03-08T09:30"));
        JsonNode refused = api.problem(api.send(nadia, "POST", "appointments", "{\"personId\":" + antoine
                + ",\"start\":\"2026-11-19T09:00\",\"durationMinutes\":2,\"mode\":\"phone\",\"advisers\":[]}"), 422);
        assertTrue(ApiClient.fieldError(refused, "durationMinutes").contains("480"));
    }
}
