package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.security.CoreRoles;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static coop.essaim.web.api.ApiCalls.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The people, activities and cooperatives API over the demo cooperative, for each of its roles, and a second
 * cooperative whose ids no demo user reaches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleApiTest {

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private OtherCooperative other;
    private String admin;
    private String adviser;
    private String accountant;
    private String jeanne;
    private long jeanneId;
    private long someoneElseId;
    private long siteId;

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
        for (JsonNode p : api.ok(api.get(admin, "people?kind=member&limit=5"), 200).get("items")) {
            if (p.get("id").asLong() != jeanneId) {
                someoneElseId = p.get("id").asLong();
            }
        }
        siteId = api.ok(api.get(jeanne, "establishments"), 200).get("items").get(0).get("id").asLong();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    @Test
    void everyoneSeesTheirOwnCooperativeAndNoOther() throws Exception {
        for (String token : List.of(admin, adviser, accountant, jeanne)) {
            JsonNode list = api.ok(api.get(token, "cooperatives"), 200);
            assertEquals(1, list.get("total").asInt());
            long id = list.get("items").get(0).get("id").asLong();
            assertEquals(id, api.ok(api.get(token, "me"), 200).get("cooperativeId").asLong());
            assertEquals("EUR", api.ok(api.get(token, "cooperatives/" + id), 200).get("currency").asText());
            api.problem(api.get(token, "cooperatives/" + other.cooperativeId()), 404);
        }
        assertEquals(2, api.ok(api.get(jeanne, "establishments"), 200).get("total").asInt());
    }

    @Test
    void aNonNumericIdIs404() throws Exception {
        JsonNode problem = api.problem(api.get(admin, "people/abc"), 404);
        assertTrue(problem.get("detail").asText().contains("abc"), problem.toString());
        api.problem(api.get(admin, "people/abc/path"), 404);
        api.problem(api.call(admin, "DELETE", "people/" + jeanneId, null), 405);
    }

    @Test
    void thePeopleListIsPagedWithALinkToTheNextPage() throws Exception {
        HttpResponse<String> first = api.get(admin, "people?limit=10");
        JsonNode page = api.ok(first, 200);
        long total = page.get("total").asLong();
        assertTrue(total > 20, page.toString());
        assertEquals(10, page.get("items").size());
        assertEquals(0, page.get("offset").asInt());
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.matches("</api/v1/people\\?offset=10&limit=10>; rel=\"next\""), link);

        List<Long> seen = new ArrayList<>();
        String next = link.substring(1, link.indexOf('>'));
        page.get("items").forEach(p -> seen.add(p.get("id").asLong()));
        while (next != null) {
            HttpResponse<String> r = api.get(admin, next);
            api.ok(r, 200).get("items").forEach(p -> seen.add(p.get("id").asLong()));
            next = r.headers().firstValue("Link").map(l -> l.substring(1, l.indexOf('>'))).orElse(null);
        }
        assertEquals(total, seen.size());
        assertEquals(total, seen.stream().distinct().count());
    }

    @Test
    void theListFiltersAsPersonQueryDoes() throws Exception {
        JsonNode staff = api.ok(api.get(admin, "people?kind=PERMANENT_STAFF"), 200);
        assertEquals(2, staff.get("total").asInt());
        JsonNode search = api.ok(api.get(accountant, "people?q=martin&establishment=" + siteId), 200);
        assertTrue(ids(search).contains(jeanneId), search.toString());
        search.get("items").forEach(p -> assertEquals(siteId, p.get("establishmentId").asLong()));
        JsonNode bad = api.problem(api.get(admin, "people?deadline=soon&limit=0&establishment=x"), 400);
        assertTrue(fieldError(bad, "deadline").contains("OVERDUE"), bad.toString());
        assertTrue(fieldError(bad, "limit").contains("500"));
        fieldError(bad, "establishment");
    }

    @Test
    void anEntrepreneurReachesOnlyHerOwnFile() throws Exception {
        JsonNode list = api.ok(api.get(jeanne, "people?limit=500"), 200);
        assertEquals(1, list.get("total").asInt());
        assertEquals("Jeanne", list.get("items").get(0).get("givenName").asText());
        assertEquals(jeanneId, api.ok(api.get(jeanne, "people/" + jeanneId), 200).get("id").asLong());
        api.ok(api.get(jeanne, "people/" + jeanneId + "/path"), 200);

        api.problem(api.get(jeanne, "people/" + someoneElseId), 404);
        api.problem(api.get(jeanne, "people/" + someoneElseId + "/path"), 404);
        api.problem(api.call(jeanne, "PUT", "people/" + someoneElseId, person("Autre", siteId)), 404);
        api.problem(api.call(jeanne, "POST", "people/" + someoneElseId + "/path",
                "{\"status\":\"exit\",\"date\":\"2026-01-01\",\"exitReason\":\"other\"}"), 404);
        api.problem(api.call(jeanne, "PUT", "people/" + jeanneId, person("Martin", siteId)), 403);
        api.problem(api.call(jeanne, "POST", "people", person("Nouvelle", siteId)), 403);
        assertEquals("Martin", api.ok(api.get(admin, "people/" + jeanneId), 200).get("familyName").asText());
    }

    @Test
    void theAccountantReadsPeopleButDoesNotChangeThem() throws Exception {
        api.ok(api.get(accountant, "people/" + someoneElseId), 200);
        api.problem(api.call(accountant, "POST", "people", person("Compta", siteId)), 403);
        api.problem(api.call(accountant, "PUT", "people/" + someoneElseId, person("Compta", siteId)), 403);
    }

    @Test
    void anAdviserCreatesAPersonRecordsTheirPathAndReferent() throws Exception {
        HttpResponse<String> created = api.call(adviser, "POST", "people", person("Lefèvre", siteId));
        JsonNode person = api.ok(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertEquals("/api/v1/people/" + person.get("id").asLong(), location);
        assertEquals("Lefèvre", api.ok(api.get(adviser, location), 200).get("familyName").asText());

        JsonNode changed = api.ok(api.call(adviser, "PUT", location, person("Lefèvre", siteId)
                .replace("\"phone\":null", "\"phone\":\"04 78 11 22 33\"")), 200);
        assertEquals("04 78 11 22 33", changed.get("phone").asText());

        JsonNode path = api.ok(api.call(adviser, "POST", location + "/path",
                "{\"status\":\"reception\",\"date\":\"2026-02-02\",\"details\":\"Réunion d'information\"}"), 201);
        assertEquals("reception", path.get("entries").get(0).get("status").asText());
        assertTrue(path.get("next").toString().contains("support-agreement"), path.toString());

        long adviserUserId = api.ok(api.get(adviser, "me"), 200).get("userId").asLong();
        JsonNode referent = api.ok(api.call(adviser, "POST", location + "/referent", "{\"adviserUserId\":"
                + adviserUserId + ",\"from\":\"2026-02-02\",\"reason\":\"Premier rendez-vous\"}"), 200);
        assertEquals(adviserUserId, referent.get("referentUserId").asLong());
        JsonNode same = api.problem(api.call(adviser, "POST", location + "/referent", "{\"adviserUserId\":"
                + adviserUserId + ",\"from\":\"2026-02-03\",\"reason\":\"Encore\"}"), 422);
        fieldError(same, "adviserUserId");
    }

    @Test
    void aRefusedTransitionSaysWhyAndRecordsNothing() throws Exception {
        String before = api.ok(api.get(adviser, "people/" + someoneElseId + "/path"), 200).get("entries").toString();
        JsonNode refused = api.problem(api.call(adviser, "POST", "people/" + someoneElseId + "/path",
                "{\"status\":\"no-such-status\",\"date\":\"2026-02-02\"}"), 422);
        assertFalse(fieldError(refused, "status").isBlank());
        JsonNode mistyped = api.problem(api.call(adviser, "POST", "people/" + someoneElseId + "/path",
                "{\"status\":\"exit\",\"date\":\"02/02/2026\",\"when\":1}"), 400);
        assertTrue(fieldError(mistyped, "date").contains("ISO-8601"), mistyped.toString());
        assertEquals("champ inconnu", fieldError(mistyped, "when"));
        assertEquals(before, api.ok(api.get(adviser, "people/" + someoneElseId + "/path"), 200)
                .get("entries").toString());
    }

    @Test
    void badJsonAndBadFieldsNameTheFieldAndWriteNothing() throws Exception {
        long total = api.ok(api.get(admin, "people"), 200).get("total").asLong();
        JsonNode malformed = api.problem(api.call(admin, "POST", "people", "{\"kind\": MEMBER}"), 400);
        assertTrue(malformed.get("detail").asText().contains("ligne 1"), malformed.toString());

        JsonNode mistyped = api.problem(api.call(admin, "POST", "people", "{\"kind\":\"ROBOT\","
                + "\"establishmentId\":\"x\",\"address\":{\"town\":\"Lyon\"},\"trades\":\"couture\"}"), 400);
        assertTrue(fieldError(mistyped, "kind").contains("MEMBER"), mistyped.toString());
        fieldError(mistyped, "establishmentId");
        fieldError(mistyped, "trades");
        assertEquals("champ inconnu", fieldError(mistyped, "address.town"));
        assertTrue(mistyped.toString().contains("\"pointer\":\"/address/town\""), mistyped.toString());

        JsonNode refused = api.problem(api.call(admin, "POST", "people", "{\"kind\":\"MEMBER\","
                + "\"familyName\":\"Sans-Prénom\",\"establishmentId\":999999,\"email\":\"pas-une-adresse\","
                + "\"address\":{\"country\":\"France\"}}"), 422);
        assertEquals(4, refused.get("errors").size(), refused.toString());
        for (String field : List.of("givenName", "establishmentId", "email", "address.country")) {
            assertFalse(fieldError(refused, field).isBlank());
        }
        JsonNode english = api.problem(api.call(admin, "POST", "people", "{\"kind\":\"MEMBER\","
                + "\"familyName\":\"X\",\"establishmentId\":" + siteId + "}", "Accept-Language", "en"), 422);
        assertNotEquals(fieldError(refused, "givenName"), fieldError(english, "givenName"));
        assertEquals(total, api.ok(api.get(admin, "people"), 200).get("total").asLong());
    }

    @Test
    void anEntrepreneurReachesOnlyHerOwnActivities() throws Exception {
        JsonNode own = api.ok(api.get(jeanne, "activities"), 200);
        assertTrue(own.get("total").asInt() >= 1);
        for (JsonNode a : own.get("items")) {
            assertTrue(a.get("members").toString().contains("\"personId\":" + jeanneId), a.toString());
        }
        long ownId = own.get("items").get(0).get("id").asLong();
        api.ok(api.get(jeanne, "activities/" + ownId), 200);
        long otherId = otherActivity(ids(own));
        api.problem(api.get(jeanne, "activities/" + otherId), 404);
        api.problem(api.call(jeanne, "POST", "activities/" + otherId + "/members",
                "{\"personId\":" + jeanneId + ",\"from\":\"2026-06-01\"}"), 404);
        api.problem(api.call(jeanne, "POST", "activities", activity("JEANNE-2", jeanneId)), 403);
        assertTrue(api.ok(api.get(admin, "activities?limit=500"), 200).get("total").asInt() > own.get("total").asInt());
    }

    @Test
    void anAdviserCreatesAnActivityAndAddsAMember() throws Exception {
        HttpResponse<String> created = api.call(adviser, "POST", "activities", activity("API-01", someoneElseId));
        JsonNode activity = api.ok(created, 201);
        assertEquals("API-01", activity.get("analyticCode").asText());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode joined = api.ok(api.call(adviser, "POST", location + "/members",
                "{\"personId\":" + jeanneId + ",\"from\":\"2026-06-01\"}"), 200);
        assertEquals(2, joined.get("memberIds").size());
        JsonNode again = api.problem(api.call(adviser, "POST", location + "/members",
                "{\"personId\":" + jeanneId + ",\"from\":\"2026-06-01\"}"), 422);
        fieldError(again, "personId");
        JsonNode taken = api.problem(api.call(adviser, "POST", "activities", activity("API-01", someoneElseId)
                .replace("[" + someoneElseId + "]", "[]")), 422);
        fieldError(taken, "analyticCode");
        fieldError(taken, "memberIds");
        // found by ApiFuzzTest: a member id that is not a number was a server error
        JsonNode nested = api.problem(api.call(adviser, "POST", "activities", activity("API-04", someoneElseId)
                .replace("[" + someoneElseId + "]", "[[1], \"x\", " + someoneElseId + "]")), 400);
        fieldError(nested, "memberIds[0]");
        fieldError(nested, "memberIds[1]");
        api.problem(api.call(accountant, "POST", "activities", activity("API-02", someoneElseId)), 403);
        JsonNode list = api.ok(api.get(adviser, "activities?person=" + jeanneId + "&status=active"), 200);
        assertTrue(ids(list).contains(activity.get("id").asLong()), list.toString());
    }

    @Test
    void anotherCooperativesRecordsAreNeverReached() throws Exception {
        for (String token : List.of(admin, adviser, accountant, jeanne)) {
            api.problem(api.get(token, "people/" + other.personId()), 404);
            api.problem(api.get(token, "people/" + other.personId() + "/path"), 404);
            api.problem(api.call(token, "PUT", "people/" + other.personId(), person("Autre", siteId)), 404);
            api.problem(api.call(token, "POST", "people/" + other.personId() + "/referent",
                    "{\"adviserUserId\":null,\"from\":\"2026-02-02\",\"reason\":\"x\"}"), 404);
            api.problem(api.get(token, "activities/" + other.activityId()), 404);
            api.problem(api.call(token, "POST", "activities/" + other.activityId() + "/members",
                    "{\"personId\":" + jeanneId + ",\"from\":\"2026-06-01\"}"), 404);
            assertFalse(ids(api.ok(api.get(token, "people?limit=500&q=autre"), 200)).contains(other.personId()));
            assertFalse(ids(api.ok(api.get(token, "activities?limit=500"), 200)).contains(other.activityId()));
        }
        JsonNode foreignMember = api.problem(api.call(admin, "POST", "activities",
                activity("API-03", other.personId())), 422);
        fieldError(foreignMember, "memberIds");
    }

    private long otherActivity(List<Long> own) throws Exception {
        for (JsonNode a : api.ok(api.get(admin, "activities?limit=500"), 200).get("items")) {
            if (!own.contains(a.get("id").asLong())) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("the demo has no activity but Jeanne's");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }

    private static String person(String familyName, long site) {
        return "{\"kind\":\"MEMBER\",\"givenName\":\"Claire\",\"familyName\":\"" + familyName + "\","
                + "\"email\":\"claire@example.org\",\"phone\":null,\"birthDate\":\"1990-04-12\","
                + "\"establishmentId\":" + site + ",\"trades\":[\"graphisme\"],"
                + "\"address\":{\"street\":\"1 rue Neuve\",\"postalCode\":\"69001\",\"city\":\"Lyon\",\"country\":\"FR\"}}";
    }

    private static String activity(String code, long member) {
        return "{\"name\":\"Graphisme " + code + "\",\"trade\":\"graphisme\",\"start\":\"2026-05-01\","
                + "\"analyticCode\":\"" + code + "\",\"memberIds\":[" + member + "]}";
    }
}
