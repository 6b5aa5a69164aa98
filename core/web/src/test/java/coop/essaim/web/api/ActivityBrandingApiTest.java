package coop.essaim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.people.ActivityBranding;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.demo.DemoMembers;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.EssaimWeb;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static coop.essaim.web.api.ApiCalls.fieldError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An activity's sender and logo through the API: JSON for the sender, the image itself for the logo. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityBrandingApiTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private KernelFixture fixture;
    private LoopbackServer server;
    private ApiCalls api;
    private final HttpClient http = HttpClient.newHttpClient();
    private String admin;
    private String accountant;
    private String jeanne;
    private long jeannes;
    private long group;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        fixture = KernelFixture.withDemo(folder);
        server = LoopbackServer.start(false, Map.of("/api/*", EssaimWeb.apiServlet(fixture.kernel())));
        api = new ApiCalls(server.base());
        admin = api.token(CoreRoles.ADMINISTRATOR);
        accountant = api.token(CoreRoles.ACCOUNTANT);
        jeanne = api.token(CoreRoles.ENTREPRENEUR);
        UserContext compta = DemoUsers.context(fixture.kernel(), CoreRoles.ACCOUNTANT);
        jeannes = DemoUsers.activity(fixture.kernel(), compta, DemoMembers.JEANNE_ACTIVITY).id();
        group = DemoUsers.activity(fixture.kernel(), compta, DemoMembers.GROUP_ACTIVITY).id();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        fixture.close();
    }

    private HttpResponse<byte[]> binary(String token, String method, String path, String type, byte[] body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.base().resolve("api/v1/" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Bearer " + token);
        if (type != null) {
            b.header("Content-Type", type);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void jeanneSetsHerSenderTheAccountantReadsItAndBadValuesNameTheField() throws Exception {
        String path = "activities/" + jeannes + "/branding";
        JsonNode saved = api.ok(api.call(jeanne, "PUT", path,
                "{\"email\": \" jeanne@fil-or.example \", \"name\": \"Fil d'Or\"}"), 200);
        assertEquals("jeanne@fil-or.example", saved.get("email").asText());
        assertTrue(saved.get("canChange").asBoolean());

        JsonNode read = api.ok(api.get(accountant, path), 200);
        assertEquals("Fil d'Or", read.get("name").asText());
        assertFalse(read.get("canChange").asBoolean());
        api.problem(api.call(accountant, "PUT", path, "{\"email\": \"compta@oxalis.example\"}"), 403);

        JsonNode refused = api.problem(api.call(jeanne, "PUT", path, "{\"email\": \"jeanne@localhost\"}"), 422);
        assertFalse(fieldError(refused, "email").isBlank());
        api.problem(api.call(jeanne, "PUT", path, "{\"mail\": \"jeanne@fil-or.example\"}"), 400);
        assertEquals("jeanne@fil-or.example", api.ok(api.get(admin, path), 200).get("email").asText());

        // another activity does not exist for Jeanne, whatever she tries
        api.problem(api.get(jeanne, "activities/" + group + "/branding"), 404);
        api.problem(api.call(jeanne, "PUT", "activities/" + group + "/branding", "{\"name\": \"Moi\"}"), 404);
        assertTrue(api.ok(api.get(admin, "activities/" + group + "/branding"), 200).get("name").isNull());
    }

    @Test
    void theLogoIsSentAsTheImageItselfCheckedByItsContentAndServedBack() throws Exception {
        String path = "activities/" + jeannes + "/logo";
        assertEquals(404, binary(jeanne, "GET", path, null, null).statusCode());

        HttpResponse<byte[]> put = binary(jeanne, "PUT", path, "image/png", PNG);
        assertEquals(200, put.statusCode(), new String(put.body(), StandardCharsets.UTF_8));
        JsonNode branding = api.json.readTree(put.body());
        assertEquals("image/png", branding.get("logo").get("mediaType").asText());
        assertEquals(PNG.length, branding.get("logo").get("size").asInt());

        HttpResponse<byte[]> got = binary(accountant, "GET", path, null, null);
        assertEquals(200, got.statusCode());
        assertEquals("image/png", got.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertArrayEquals(PNG, got.body());

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> refused = binary(jeanne, "PUT", path, "image/png", svg);
        assertEquals(422, refused.statusCode());
        assertFalse(fieldError(api.json.readTree(refused.body()), "logo").isBlank());
        assertEquals(415, binary(jeanne, "PUT", path, "image/svg+xml", svg).statusCode());
        byte[] large = Arrays.copyOf(PNG, ActivityBranding.LOGO_MAX_BYTES + 1);
        assertEquals(413, binary(jeanne, "PUT", path, "image/png", large).statusCode());
        assertEquals(403, binary(accountant, "PUT", path, "image/png", PNG).statusCode());
        assertEquals(404, binary(jeanne, "PUT", "activities/" + group + "/logo", "image/png", PNG).statusCode());
        assertEquals(404, binary(jeanne, "GET", "activities/" + group + "/logo", null, null).statusCode());
        assertArrayEquals(PNG, binary(admin, "GET", path, null, null).body());

        assertEquals(204, binary(jeanne, "DELETE", path, null, null).statusCode());
        assertEquals(404, binary(admin, "GET", path, null, null).statusCode());
    }
}
