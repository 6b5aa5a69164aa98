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

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes of a body's meetings under /api/v1/governance/, with the demo users' tokens. */
class MeetingsApiTest {

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
    void theAdministratorHoldsAMeetingRecordsADecisionAndItsCorrectionAndReadsTheMinutes() throws Exception {
        String admin = api.token("admin");
        long body = api.ok(api.send(admin, "POST", "bodies", "{\"kind\":\"BOARD\",\"name\":\"Conseil API\"}"), 201)
                .get("id").asLong();
        Person mia = fixture.person(PersonKind.MEMBER, "Mia", "Api");
        api.ok(api.send(admin, "POST", "bodies/" + body + "/mandates", "{\"personId\":" + mia.id()
                + ",\"role\":\"présidente\",\"from\":\"" + TODAY.minusYears(1) + "\"}"), 201);
        assertNotNull(ApiClient.fieldError(api.problem(api.send(admin, "POST", "bodies/" + body + "/meetings",
                "{\"heldOn\":\"" + TODAY + "\",\"place\":\"Salle\",\"agenda\":\"Budget\\n" + "x".repeat(501)
                        + "\"}"), 422), "agenda"), "an item of more than 500 characters");
        assertEquals(0, api.ok(api.get(admin, "bodies/" + body + "/meetings"), 200).size());
        JsonNode meeting = api.ok(api.send(admin, "POST", "bodies/" + body + "/meetings", "{\"heldOn\":\""
                + TODAY + "\",\"place\":\"Salle\",\"agenda\":\"Budget\\nCandidatures\"}"), 201);
        long id = meeting.get("id").asLong();
        JsonNode detail = api.ok(api.get(admin, "meetings/" + id), 200);
        assertEquals(2, detail.get("items").size());
        assertEquals(1, detail.get("quorum").get("members").asInt());
        long item = detail.get("items").get(0).get("id").asLong();
        String decision = "{\"itemId\":" + item + ",\"text\":\"Budget adopté\",\"for\":1}";
        assertNotNull(ApiClient.fieldError(api.problem(api.send(admin, "POST", "meetings/" + id + "/decisions",
                decision), 422), "quorum"));
        JsonNode after = api.ok(api.send(admin, "POST", "meetings/" + id + "/attendance", "{\"personId\":"
                + mia.id() + ",\"present\":true}"), 200);
        assertTrue(after.get("quorum").get("reached").asBoolean());
        JsonNode first = api.ok(api.send(admin, "POST", "meetings/" + id + "/decisions", decision), 201);
        assertTrue(first.get("adopted").asBoolean());
        JsonNode fix = api.ok(api.send(admin, "POST", "meetings/" + id + "/decisions", "{\"itemId\":" + item
                + ",\"text\":\"Budget rejeté\",\"against\":1,\"supersedesId\":" + first.get("id").asLong()
                + "}"), 201);
        assertEquals(first.get("id").asLong(), fix.get("supersedesId").asLong());
        JsonNode decisions = api.ok(api.get(admin, "meetings/" + id), 200).get("decisions");
        assertEquals(fix.get("id").asLong(), decisions.get(0).get("supersededById").asLong());
        assertEquals(1, api.ok(api.get(admin, "bodies/" + body + "/meetings"), 200).size());
        HttpResponse<String> pdf = api.get(admin, "meetings/" + id + "/minutes.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF"));
        assertEquals(404, api.get(admin, "meetings/987654").statusCode());

        String jeanne = api.token("jeanne");
        assertEquals(403, api.get(jeanne, "meetings/" + id).statusCode());
        assertEquals(403, api.send(jeanne, "POST", "meetings/" + id + "/decisions", decision).statusCode());
    }
}
