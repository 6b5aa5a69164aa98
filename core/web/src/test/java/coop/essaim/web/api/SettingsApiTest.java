package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.people.AdviserReach;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.kernel.mail.MailSettingDefinitions;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.EssaimWeb;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.LoopbackServer;
import coop.essaim.web.testmodule.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static coop.essaim.web.api.ApiCalls.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/v1/cooperatives/{id}/settings}: the core's and a module's settings, read and changed one by one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsApiTest {

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private String admin;
    private long coop;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        fixture.installTestModule();
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        admin = api.token(CoreRoles.ADMINISTRATOR);
        coop = api.ok(api.get(admin, "me"), 200).get("cooperativeId").asLong();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    private JsonNode setting(JsonNode list, String key) {
        for (JsonNode item : list.get("items")) {
            if (item.get("key").asText().equals(key)) {
                return item;
            }
        }
        throw new AssertionError(key + " not in " + list);
    }

    @Test
    void theListGivesValuesDefaultsChoicesAndLabelsButNeverASecret() throws Exception {
        fixture.kernel().service(CooperativeSettings.class).change(
                DemoUsers.context(fixture.kernel(), CoreRoles.ADMINISTRATOR),
                MailSettingDefinitions.PASSWORD, "s3cret-smtp");
        JsonNode list = api.ok(api.get(admin, "cooperatives/" + coop + "/settings"), 200);
        JsonNode reach = setting(list, AdviserReach.SETTING);
        assertEquals("core", reach.get("module").asText());
        assertEquals("CHOICE", reach.get("type").asText());
        assertEquals(AdviserReach.DEFAULT.name(), reach.get("value").asText());
        assertFalse(reach.get("set").asBoolean());
        assertEquals(3, reach.get("choices").size());
        JsonNode rounding = setting(list, TestSettings.ROUNDING);
        assertEquals("Arrondi du module", rounding.get("label").asText());
        assertEquals("En dessous", rounding.get("choices").get(1).get("label").asText());
        JsonNode password = setting(list, MailSettingDefinitions.PASSWORD);
        assertTrue(password.get("value").isNull());
        assertTrue(password.get("set").asBoolean());
        assertFalse(list.toString().contains("s3cret-smtp"));
    }

    @Test
    void aChangeIsCheckedNamedByFieldAndANullValueGoesBackToTheDefault() throws Exception {
        String path = "cooperatives/" + coop + "/settings";
        JsonNode saved = api.ok(api.call(admin, "PUT", path,
                "{\"key\":\"" + TestSettings.CEILING + "\",\"value\":\"7500.50\"}"), 200);
        assertEquals("7500.50", saved.get("value").asText());
        assertTrue(saved.get("set").asBoolean());

        fieldError(api.problem(api.call(admin, "PUT", path,
                "{\"key\":\"" + TestSettings.CEILING + "\",\"value\":\"beaucoup\"}"), 422), "value");
        fieldError(api.problem(api.call(admin, "PUT", path,
                "{\"key\":\"" + AdviserReach.SETTING + "\",\"value\":\"EVERYONE\"}"), 422), "value");
        fieldError(api.problem(api.call(admin, "PUT", path, "{\"key\":\"no.such\",\"value\":\"1\"}"), 422), "key");
        fieldError(api.problem(api.call(admin, "PUT", path, "{\"value\":\"1\"}"), 400), "key");
        CooperativeSettings settings = fixture.kernel().service(CooperativeSettings.class);
        assertEquals(Optional.of("7500.50"), settings.value(coop, TestSettings.CEILING));
        assertEquals(Optional.of(AdviserReach.DEFAULT.name()), settings.value(coop, AdviserReach.SETTING));

        JsonNode reset = api.ok(api.call(admin, "PUT", path, "{\"key\":\"" + TestSettings.CEILING
                + "\",\"value\":null}"), 200);
        assertEquals("5000.00", reset.get("value").asText());
        assertFalse(reset.get("set").asBoolean());
    }

    @Test
    void onlyWhoManagesTheCooperativeReadsOrChangesItsSettings() throws Exception {
        String path = "cooperatives/" + coop + "/settings";
        for (String role : List.of(CoreRoles.ADVISER, CoreRoles.ACCOUNTANT, CoreRoles.ENTREPRENEUR)) {
            String token = api.token(role);
            api.problem(api.get(token, path), 403);
            api.problem(api.call(token, "PUT", path, "{\"key\":\"" + AdviserReach.SETTING + "\",\"value\":\"ALL\"}"),
                    403);
        }
        api.problem(api.get(admin, "cooperatives/" + (coop + 1000) + "/settings"), 404);
        assertEquals(Optional.of(AdviserReach.DEFAULT.name()),
                fixture.kernel().service(CooperativeSettings.class).value(coop, AdviserReach.SETTING));
    }
}
