package coop.essaim.governance.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes of bodies and mandates under /api/v1/governance/, with the demo users' tokens. */
class BodiesApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private static final LocalDate TODAY = LocalDate.now();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(essaim.baseUrl(), "governance");
    }

    @Test
    void theAdministratorKeepsABodyAndItsMandatesAndBadInputIsNamed() throws Exception {
        String admin = api.token("admin");
        assertNotNull(ApiClient.fieldError(api.problem(api.send(admin, "POST", "bodies",
                "{\"kind\":\"SENATE\",\"name\":\"Sénat\"}"), 422), "kind"));
        JsonNode body = api.ok(api.send(admin, "POST", "bodies",
                "{\"kind\":\"board\",\"name\":\"Conseil de l'API\"}"), 201);
        long id = body.get("id").asLong();
        assertEquals("BOARD", body.get("kind").asText());
        assertEquals("Conseil de l'API, renommé", api.ok(api.send(admin, "POST", "bodies/" + id + "/name",
                "{\"name\":\"Conseil de l'API, renommé\"}"), 200).get("name").asText());

        Person hana = fixture.person(PersonKind.MEMBER, "Hana", "Api");
        String from = TODAY.minusYears(1).toString();
        JsonNode mandate = api.ok(api.send(admin, "POST", "bodies/" + id + "/mandates", "{\"personId\":"
                + hana.id() + ",\"role\":\"présidente\",\"from\":\"" + from + "\"}"), 201);
        assertEquals("Hana Api", mandate.get("name").asText());
        JsonNode overlap = api.problem(api.send(admin, "POST", "bodies/" + id + "/mandates", "{\"personId\":"
                + hana.id() + ",\"role\":\"présidente\",\"from\":\"" + TODAY + "\"}"), 422);
        assertNotNull(ApiClient.fieldError(overlap, "from"));
        assertNotNull(ApiClient.fieldError(api.problem(api.send(admin, "POST", "mandates/"
                + mandate.get("id").asLong() + "/end", "{\"to\":\"" + TODAY.minusYears(2) + "\"}"), 422), "to"));
        JsonNode ended = api.ok(api.send(admin, "POST", "mandates/" + mandate.get("id").asLong() + "/end",
                "{\"to\":\"" + TODAY.minusDays(1) + "\"}"), 200);
        assertEquals(TODAY.minusDays(1).toString(), ended.get("to").asText());

        assertEquals(1, api.ok(api.get(admin, "bodies/" + id + "/mandates"), 200).size(), "the history keeps it");
        assertEquals(0, api.ok(api.get(admin, "bodies/" + id + "/mandates?on=" + TODAY), 200).size());
        assertEquals(1, api.ok(api.get(admin, "bodies/" + id + "/mandates?on=" + TODAY.minusMonths(1)), 200)
                .size());
        assertEquals(400, api.get(admin, "bodies/" + id + "/mandates?on=hier").statusCode());
    }

    @Test
    void jeanneReadsTheBodiesAndTodaysMembersAndChangesNothing() throws Exception {
        String admin = api.token("admin");
        long id = api.ok(api.send(admin, "POST", "bodies", "{\"kind\":\"COMMISSION\",\"name\":\"Commission"
                + " communication\"}"), 201).get("id").asLong();
        Person ivo = fixture.person(PersonKind.MEMBER, "Ivo", "Communication");
        api.ok(api.send(admin, "POST", "bodies/" + id + "/mandates", "{\"personId\":" + ivo.id()
                + ",\"role\":\"animateur\",\"from\":\"" + TODAY.minusMonths(2) + "\"}"), 201);
        String jeanne = api.token("jeanne");
        JsonNode bodies = api.ok(api.get(jeanne, "bodies"), 200);
        boolean listed = false;
        for (JsonNode b : bodies) {
            listed |= b.get("id").asLong() == id;
        }
        assertTrue(listed);
        JsonNode members = api.ok(api.get(jeanne, "bodies/" + id + "/mandates"), 200);
        assertEquals(1, members.size());
        assertEquals("animateur", members.get(0).get("role").asText());
        assertEquals(403, api.get(jeanne, "bodies/" + id + "/mandates?on=" + TODAY.minusYears(1)).statusCode());
        assertEquals(403, api.send(jeanne, "POST", "bodies", "{\"kind\":\"BOARD\",\"name\":\"X\"}").statusCode());
        assertEquals(403, api.send(jeanne, "POST", "bodies/" + id + "/mandates", "{\"personId\":" + ivo.id()
                + ",\"role\":\"x\",\"from\":\"" + TODAY + "\"}").statusCode());
        assertEquals(403, api.get(api.token("compta"), "bodies").statusCode());
    }
}
