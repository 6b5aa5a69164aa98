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

import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static coop.essaim.web.api.ApiCalls.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module's endpoints (the test module "apitest", coop.essaim.web.apimodule) served by the core's API servlet. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleApiTest {

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private String admin;
    private URLClassLoader moduleLoader;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        moduleLoader = new URLClassLoader("apitest-loader", new URL[0], ModuleApiTest.class.getClassLoader());
        install();
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        admin = api.token(CoreRoles.ADMINISTRATOR);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
        moduleLoader.close();
    }

    @Test
    void anEndpointAnswersItsRecordWithTheApiConventions() throws Exception {
        JsonNode thing = api.ok(api.get(admin, "apitest/things/7"), 200);
        assertEquals(7, thing.get("id").asLong());
        assertEquals("1200.50", thing.get("price").get("amount").asText());
        assertEquals("EUR", thing.get("price").get("currency").asText());
        assertTrue(thing.get("quantity").isTextual());
        assertEquals("1.50", thing.get("quantity").asText());
        assertEquals("2026-03-31", thing.get("day").asText());
        assertEquals("LARGE_ONE", thing.get("kind").asText());
        assertTrue(thing.get("note").isNull());
        assertEquals("0.05", thing.get("lines").get(0).get("amount").get("amount").asText());
    }

    @Test
    void theOperationRunsUnderTheModulesClassLoaderForTheAuthenticatedUser() throws Exception {
        JsonNode context = api.ok(api.call(admin, "GET", "apitest/context", null, "X-Test", "yes"), 200);
        assertEquals("apitest-loader", context.get("contextLoader").asText());
        assertEquals("admin", context.get("login").asText());
        assertEquals("yes", context.get("header").asText());
    }

    @Test
    void withoutAValidTokenTheCallIsA401() throws Exception {
        api.problem(api.get(null, "apitest/things/7"), 401);
        HttpResponse<String> r = api.get("not-a-token", "apitest/things/7");
        api.problem(r, 401);
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
    }

    @Test
    void aPageHasItsTotalAndALinkToTheNextOne() throws Exception {
        HttpResponse<String> r = api.get(admin, "apitest/things?kind=large-one&limit=2&offset=2");
        JsonNode page = api.ok(r, 200);
        assertEquals(2, page.get("items").size());
        assertEquals(3, page.get("items").get(0).get("id").asLong());
        assertEquals(5, page.get("total").asLong());
        String link = r.headers().firstValue("Link").orElseThrow();
        assertTrue(link.contains("offset=4") && link.contains("kind=large-one") && link.endsWith("rel=\"next\""), link);
        HttpResponse<String> last = api.get(admin, "apitest/things?offset=4&limit=2");
        assertEquals(1, api.ok(last, 200).get("items").size());
        assertTrue(last.headers().firstValue("Link").isEmpty());
    }

    @Test
    void badQueryParametersAreA400NamingEachOne() throws Exception {
        JsonNode problem = api.problem(api.get(admin, "apitest/things?kind=huge&since=2026-13-01&big=maybe&limit=0"),
                400);
        assertTrue(fieldError(problem, "kind").contains("SMALL, LARGE_ONE"));
        assertTrue(fieldError(problem, "since").contains("2026-13-01"));
        assertTrue(fieldError(problem, "big").contains("maybe"));
        assertTrue(fieldError(problem, "limit").contains("500"));
    }

    @Test
    void aCreationIs201WithTheLocationUnderTheModule() throws Exception {
        HttpResponse<String> r = api.call(admin, "POST", "apitest/things", """
                {"name": "Lampe", "price": {"amount": "12.50", "currency": "EUR"}, "quantity": "1.5",
                 "day": "2026-04-01", "kind": "small", "address": {"city": "Lyon"},
                 "lines": [{"label": "pied", "amount": {"amount": "2", "currency": "EUR"}}]}""");
        JsonNode created = api.ok(r, 201);
        assertEquals("/api/v1/apitest/things/99", r.headers().firstValue("Location").orElseThrow());
        assertEquals("12.50", created.get("price").get("amount").asText());
        assertEquals("1.5", created.get("quantity").asText());
        assertEquals("SMALL", created.get("kind").asText());
        assertEquals("Lyon", created.get("note").asText());
        assertEquals("2.00", created.get("lines").get(0).get("amount").get("amount").asText());
    }

    @Test
    void aMalformedBodyIsA400NamingEveryFieldByItsPointer() throws Exception {
        JsonNode problem = api.problem(api.call(admin, "POST", "apitest/things", """
                {"name": 5, "price": {"amount": 12.5, "currency": "EUR"}, "quantity": 1.5, "kind": "tiny",
                 "lines": [{"label": "x", "amount": {"amount": "1.001", "currency": "EUR"}, "colour": "red"}, 3],
                 "adress": {"city": "Lyon"}}"""), 400);
        fieldError(problem, "name");
        assertTrue(fieldError(problem, "price.amount").contains("number"));
        assertTrue(fieldError(problem, "quantity").contains("1.5"));
        assertTrue(fieldError(problem, "kind").contains("tiny"));
        assertTrue(fieldError(problem, "lines[0].amount.amount").contains("1.001"));
        fieldError(problem, "lines[0].colour");
        fieldError(problem, "lines[1]");
        fieldError(problem, "adress");
        assertTrue(problem.toString().contains("\"pointer\":\"/lines/0/colour\""), problem.toString());
        assertEquals(8, problem.get("errors").size(), problem.toString());

        api.problem(api.call(admin, "POST", "apitest/things", "{\"name\": "), 400);
        api.problem(api.call(admin, "POST", "apitest/things", "name=x", "Content-Type", "text/plain"), 415);
        JsonNode missing = api.problem(api.call(admin, "POST", "apitest/things", "{}"), 400);
        fieldError(missing, "name");
        fieldError(missing, "price");
    }

    @Test
    void theModulesRefusalsAreA422AndMissingPermissionsA403() throws Exception {
        JsonNode refused = api.problem(api.call(admin, "POST", "apitest/things/7/refusal", null), 422);
        assertEquals("refused by the module's rule", fieldError(refused, "name"));
        assertEquals("/name", refused.get("errors").get(0).get("pointer").asText());
        JsonNode denied = api.problem(api.call(admin, "POST", "apitest/things/7/secret", null), 403);
        assertTrue(denied.get("detail").asText().contains("apitest.secret"));
    }

    @Test
    void unknownPathsAre404AndOtherMethods405() throws Exception {
        api.problem(api.get(admin, "apitest/nothing"), 404);
        api.problem(api.get(admin, "apitest/things/8"), 404);
        api.problem(api.get(admin, "apitest/things/abc"), 404);
        api.problem(api.get(admin, "nomodule/things/7"), 404);
        assertEquals(204, api.call(admin, "DELETE", "apitest/things/7", null).statusCode());
        assertTrue(api.ok(api.get(admin, "apitest/things/latest"), 200).get("latest").asBoolean());
        HttpResponse<String> r = api.call(admin, "PUT", "apitest/things/7", "{}");
        api.problem(r, 405);
        assertEquals("GET, DELETE", r.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void aFailureInTheModuleIsA500WithAReferenceAndNothingElse() throws Exception {
        for (String path : List.of("apitest/boom", "apitest/double")) {
            HttpResponse<String> r = api.get(admin, path);
            JsonNode problem = api.problem(r, 500);
            assertFalse(r.body().contains("hunter2") || r.body().contains("Exception") || r.body().contains("0.1"),
                    r.body());
            assertTrue(problem.get("detail").asText().matches(".*[A-Za-z0-9-]{6,}.*"), r.body());
        }
    }

    @Test
    void theCoresRoutesComeFirst() throws Exception {
        Path root = resource("/apimodule-ledger");
        fixture.kernel().modules().install(ClasspathModuleSource.of(new ModuleDescriptor("ledger", "1.0.0",
                "Grand livre bis", ">=0.1.0", List.of(), null), ModuleApiTest.class.getClassLoader(), root));
        try {
            String accountant = api.token(CoreRoles.ACCOUNTANT);
            JsonNode core = api.ok(api.get(accountant, "ledger/verify"), 200);
            assertFalse(core.has("from"), core.toString());
            assertEquals("module", api.ok(api.get(accountant, "ledger/extra"), 200).get("from").asText());
        } finally {
            fixture.kernel().modules().uninstall(root.toString());
        }
    }

    @Test
    void aModuleThatStopsIsNoLongerServedAndIsAgainOnceStarted() throws Exception {
        fixture.kernel().modules().uninstall(resource("/apimodule").toString());
        try {
            api.problem(api.get(admin, "apitest/things/7"), 404);
        } finally {
            install();
        }
        api.ok(api.get(admin, "apitest/things/7"), 200);
    }

    @Test
    void theRoutesListTheCoresAndTheStartedModulesEndpointsToAnyLoggedInCaller() throws Exception {
        String entrepreneur = api.token(CoreRoles.ENTREPRENEUR);
        JsonNode routes = api.ok(api.get(entrepreneur, "routes"), 200).get("items");
        assertTrue(contains(routes, "GET", "/api/v1/people/{id}", "core"), routes.toString());
        assertTrue(contains(routes, "GET", "/api/v1/apitest/things/{id}", "apitest"), routes.toString());
        assertTrue(contains(routes, "GET", "/api/v1/routes", "core"), routes.toString());
        api.problem(api.get(null, "routes"), 401);

        fixture.kernel().modules().uninstall(resource("/apimodule").toString());
        try {
            JsonNode without = api.ok(api.get(admin, "routes"), 200).get("items");
            assertFalse(contains(without, "GET", "/api/v1/apitest/things/{id}", "apitest"), without.toString());
        } finally {
            install();
        }
    }

    private static boolean contains(JsonNode routes, String method, String path, String module) {
        for (JsonNode route : routes) {
            if (route.get("method").asText().equals(method) && route.get("path").asText().equals(path)
                    && route.get("module").asText().equals(module)) {
                return true;
            }
        }
        return false;
    }

    private void install() throws URISyntaxException {
        fixture.kernel().modules().install(ClasspathModuleSource.of(new ModuleDescriptor("apitest", "1.0.0",
                "Module d'API de test", ">=0.1.0", List.of(), null), moduleLoader, resource("/apimodule")));
        assertTrue(fixture.kernel().modules().isStarted("apitest"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ModuleApiTest.class.getResource(name).toURI());
    }
}
