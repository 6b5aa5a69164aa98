package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code essaim demo}: prints one login per role, each of which works, and a second start keeps the same
 * cooperative instead of creating another one.
 */
class DemoIT {

    @ParameterizedTest(name = "{0} host")
    @ValueSource(strings = {"osgi", "pf4j"})
    void demoPrintsWorkingLoginsForEveryRoleAndKeepsItsData(String host) throws Exception {
        Path data = RunningEssaim.work("demo").resolve("data");
        Map<String, String[]> logins;
        long cooperativeId;
        try (RunningEssaim essaim = RunningEssaim.start("demo", host, data, null)) {
            logins = logins(essaim);
            assertEquals(java.util.Set.of("administrator", "adviser", "accountant", "entrepreneur", "board-member"),
                    logins.keySet(),
                    essaim.outputText());
            Http http = new Http(essaim.baseUrl());
            for (String[] login : logins.values()) {
                String token = http.token(login[0], login[1]);
                HttpResponse<String> me = http.get("api/v1/me", token);
                assertEquals(200, me.statusCode(), me.body());
            }
            String admin = http.token(logins.get("administrator")[0], logins.get("administrator")[1]);
            JsonNode me = Http.json(http.get("api/v1/me", admin));
            cooperativeId = me.get("cooperativeId").asLong();
            HttpResponse<String> modules = http.get("api/v1/modules", admin);
            assertEquals(200, modules.statusCode(), modules.body());
            assertTrue(modules.body().contains("\"core\""), modules.body());
            // every plugin of the standard distribution resolves and starts in both hosts (payroll once did not in OSGi)
            java.util.Set<String> started = new java.util.HashSet<>();
            JsonNode listed = Http.json(modules);
            for (JsonNode m : listed.has("items") ? listed.get("items") : listed) {
                if ("STARTED".equals(m.path("state").asText())) {
                    started.add(m.path("id").asText());
                }
            }
            assertTrue(started.containsAll(java.util.Set.of("country-fr", "invoicing", "payroll", "accompaniment",
                    "treasury-advances", "governance", "mutual-training", "reporting", "brand-groups", "trade-groups")),
                    modules.body());

            String entrepreneur = http.token(logins.get("entrepreneur")[0], logins.get("entrepreneur")[1]);
            assertEquals(403, http.get("api/v1/modules", entrepreneur).statusCode());
            essaim.interrupt(Duration.ofSeconds(30));
        }
        try (RunningEssaim again = RunningEssaim.start("demo", host, data, null)) {
            assertEquals(logins.keySet(), logins(again).keySet());
            Http http = new Http(again.baseUrl());
            String admin = http.token(logins.get("administrator")[0], logins.get("administrator")[1]);
            assertEquals(cooperativeId, Http.json(http.get("api/v1/me", admin)).get("cooperativeId").asLong(),
                    "the second start keeps the demo cooperative");
        }
    }

    /** The printed logins by role (the last of a role when there are two). */
    private static Map<String, String[]> logins(RunningEssaim essaim) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (DemoUsers.DemoLogin login : DemoUsers.all(essaim)) {
            out.put(login.role(), new String[] {login.login(), login.password()});
        }
        return out;
    }
}
