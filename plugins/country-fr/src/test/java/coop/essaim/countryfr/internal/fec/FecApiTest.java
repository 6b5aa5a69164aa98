package coop.essaim.countryfr.internal.fec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FEC routes under /api/v1/country-fr/, over HTTP with a demo user's token. */
class FecApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).withDemo().withWeb();

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theFecOfAYearAndItsCheck() throws Exception {
        String token = token("compta");
        HttpResponse<String> file = send(token, "GET", "fec?year=2026", null);
        assertEquals(200, file.statusCode(), file.body());
        JsonNode fec = json.readTree(file.body());
        assertEquals("901234567FEC20261231.txt", fec.get("fileName").asText());
        String content = fec.get("content").asText();
        assertEquals(content.split("\r\n").length - 1, fec.get("lines").asLong());

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        body.put("fileName", fec.get("fileName").asText());
        body.put("year", 2026);
        HttpResponse<String> passed = send(token, "POST", "fec/check", json.writeValueAsString(body));
        assertEquals(200, passed.statusCode(), passed.body());
        JsonNode report = json.readTree(passed.body());
        assertTrue(report.get("valid").asBoolean(), passed.body());
        assertEquals(fec.get("lines").asLong(), report.get("lines").asLong());
        assertEquals(report.get("debit"), report.get("credit"));

        body.put("content", content.replaceFirst("\t1200,00\t0,00\t", "\t1200,01\t0,00\t"));
        HttpResponse<String> failed = send(token, "POST", "fec/check", json.writeValueAsString(body));
        assertEquals(200, failed.statusCode(), failed.body());
        JsonNode problems = json.readTree(failed.body());
        assertFalse(problems.get("valid").asBoolean());
        assertEquals("UNBALANCED_ENTRY", problems.get("problems").get(0).get("code").asText());
        assertEquals(2, problems.get("problems").get(0).get("line").asLong());
        assertTrue(problems.get("problems").get(0).get("english").asText().contains("is not balanced"));
    }

    @Test
    void malformedRequestsAre400AndAnEntrepreneurIsRefused() throws Exception {
        String token = token("compta");
        assertEquals(400, send(token, "GET", "fec", null).statusCode());
        assertEquals(400, send(token, "GET", "fec?year=26", null).statusCode());
        assertEquals(400, send(token, "POST", "fec/check", "{\"fileName\": \"x.txt\"}").statusCode());
        assertEquals(400, send(token, "POST", "fec/check", "{\"content\": \"\", \"colour\": 1}").statusCode());
        String jeanne = token("jeanne");
        assertEquals(403, send(jeanne, "GET", "fec?year=2026", null).statusCode());
        assertEquals(403, send(jeanne, "POST", "fec/check", "{\"content\": \"\"}").statusCode());
    }

    private String token(String login) throws Exception {
        return new ApiClient(essaim.baseUrl(), "country-fr").token(login);
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        return new ApiClient(essaim.baseUrl(), "country-fr").send(token, method, path, body);
    }
}
