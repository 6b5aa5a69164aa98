package coop.essaim.invoicing.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.CatalogueItem;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue and mileage lines through /api/v1/invoicing/, with the pages' checks. */
class CatalogueApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit().withWeb();

    private static final String ITEM = """
            {"activity": %d, "name": "%s", "description": "Toile et patron", "kind": "goods", "unitCode": "C62",
             "unitPrice": {"amount": "%s", "currency": "EUR"}, "vatCode": "%s", "reference": "VEST-01"}""";

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private ApiClient api;
    private String jeanne;

    @BeforeEach
    void tokens() throws Exception {
        api = new ApiClient(essaim.baseUrl(), "invoicing");
        jeanne = api.token("jeanne");
    }

    @Test
    void jeanneCreatesReadsChangesAndArchivesAnItem() throws Exception {
        long activity = fixture.jeanneActivity();
        HttpResponse<String> created = api.send(jeanne, "POST", "catalogue",
                ITEM.formatted(activity, "Veste sur mesure", "320.00", "FR-20"));
        JsonNode item = api.ok(created, 201);
        long id = item.get("id").asLong();
        assertEquals("/api/v1/invoicing/catalogue/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals("GOODS", item.get("kind").asText());
        assertEquals("320.00", item.get("unitPrice").get("amount").asText());

        assertEquals("VEST-01", api.ok(api.get(jeanne, "catalogue/" + id), 200).get("reference").asText());
        String change = """
                {"name": "Veste sur mesure", "kind": "GOODS", "unitCode": "C62",
                 "unitPrice": {"amount": "340.00", "currency": "EUR"}, "vatCode": "FR-20"}""";
        JsonNode changed = api.ok(api.send(jeanne, "PUT", "catalogue/" + id, change), 200);
        assertEquals("340.00", changed.get("unitPrice").get("amount").asText());
        assertTrue(changed.get("reference").isNull());

        assertTrue(names(api.ok(api.get(jeanne, "catalogue?activity=" + activity), 200)).contains("Veste sur mesure"));
        assertTrue(api.ok(api.send(jeanne, "POST", "catalogue/" + id + "/archive", null), 200)
                .get("archived").asBoolean());
        assertFalse(names(api.ok(api.get(jeanne, "catalogue?activity=" + activity), 200)).contains("Veste sur mesure"));
        assertTrue(names(api.ok(api.get(jeanne, "catalogue?activity=" + activity + "&archived=true"), 200))
                .contains("Veste sur mesure"));
    }

    @Test
    void aRefusedItemIsA422NamingTheField() throws Exception {
        JsonNode vat = api.problem(api.send(jeanne, "POST", "catalogue",
                ITEM.formatted(fixture.jeanneActivity(), "Gilet", "80.00", "FR-19.6")), 422);
        assertTrue(ApiClient.fieldError(vat, "vatCode").contains("FR-19.6"), vat.toString());
        JsonNode missing = api.problem(api.send(jeanne, "POST", "catalogue", "{\"activity\": %d, \"kind\": \"SERVICE\"}"
                .formatted(fixture.jeanneActivity())), 400);
        ApiClient.fieldError(missing, "name");
        assertFalse(names(api.ok(api.get(jeanne, "catalogue?activity=" + fixture.jeanneActivity()), 200))
                .contains("Gilet"));
    }

    @Test
    void jeanneReachesNoItemOfAnotherActivity() throws Exception {
        CatalogueItem other = fixture.invoicing().catalogue().create(fixture.accountant(), fixture.otherActivity(),
                new CatalogueItemDetails("Conseil stratégique", null, LineKind.SERVICE, "DAY", eur("700.00"),
                        "FR-20", null));
        api.problem(api.get(jeanne, "catalogue/" + other.id()), 404);
        api.problem(api.send(jeanne, "PUT", "catalogue/" + other.id(), """
                {"name": "Pris", "kind": "SERVICE", "unitCode": "DAY",
                 "unitPrice": {"amount": "1.00", "currency": "EUR"}, "vatCode": "FR-20"}"""), 404);
        api.problem(api.send(jeanne, "POST", "catalogue/" + other.id() + "/archive", null), 404);
        ApiClient.fieldError(api.problem(api.get(jeanne, "catalogue?activity=" + fixture.otherActivity()), 422),
                "activity");
        ApiClient.fieldError(api.problem(api.send(jeanne, "POST", "catalogue", ITEM.formatted(fixture.otherActivity(),
                "Intrusion", "1.00", "FR-20")), 422), "activity");
        CatalogueItem unchanged = fixture.invoicing().catalogue().find(fixture.accountant(), other.id()).orElseThrow();
        assertEquals(other, unchanged);
    }

    @Test
    void aMileageLineIsAddedThroughTheExpenseNoteLines() throws Exception {
        long id = api.ok(api.send(jeanne, "POST", "expense-notes",
                "{\"activity\": %d, \"label\": \"Trajets\"}".formatted(fixture.jeanneActivity())), 201).get("id").asLong();
        String trip = """
                {"kind": "mileage", "travelledOn": "%s", "from": "Lyon", "to": "Annecy", "purpose": "Salon",
                 "distanceKm": %d, "vehicle": "%s", "electric": true}""";
        JsonNode note = api.ok(api.send(jeanne, "POST", "expense-notes/" + id + "/lines",
                trip.formatted(LocalDate.now(), 300, "MOTORCYCLE-1-2")), 200);
        // 300 × 0.395 × 1.2
        assertEquals("142.20", note.get("total").get("amount").asText());
        JsonNode line = note.get("lines").get(0);
        assertEquals("625100", line.get("accountCode").asText());
        assertEquals("0.00", line.get("vat").get("amount").asText());
        assertEquals(300, line.get("mileage").get("distanceKm").asInt());
        assertTrue(line.get("mileage").get("electric").asBoolean());

        JsonNode refused = api.problem(api.send(jeanne, "POST", "expense-notes/" + id + "/lines",
                trip.formatted(LocalDate.now(), 0, "CAR-99")), 422);
        ApiClient.fieldError(refused, "line.vehicle");
        ApiClient.fieldError(refused, "line.distanceKm");
        JsonNode mixed = api.problem(api.send(jeanne, "POST", "expense-notes/" + id + "/lines",
                "{\"kind\": \"mileage\", \"travelledOn\": \"%s\", \"from\": \"A\", \"to\": \"B\", \"purpose\": \"C\","
                        .formatted(LocalDate.now()) + " \"vehicle\": \"CAR-5\", \"amount\": {\"amount\": \"1.00\","
                        + " \"currency\": \"EUR\"}}"), 400);
        ApiClient.fieldError(mixed, "amount");
        assertEquals(1, api.ok(api.get(jeanne, "expense-notes/" + id), 200).get("lines").size());
    }

    private static java.util.List<String> names(JsonNode page) {
        java.util.List<String> names = new java.util.ArrayList<>();
        page.get("items").forEach(i -> names.add(i.get("name").asText()));
        return names;
    }
}
