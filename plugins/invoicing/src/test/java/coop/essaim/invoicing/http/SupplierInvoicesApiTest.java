package coop.essaim.invoicing.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.PurchaseFixture;
import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static coop.essaim.invoicing.PurchaseFixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suppliers, supplier invoices and the bank's debits through /api/v1/invoicing/. */
class SupplierInvoicesApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit().withWeb();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private final PurchaseFixture purchases = new PurchaseFixture(fixture);
    private ApiClient api;
    private String compta;
    private String jeanne;

    @BeforeEach
    void tokens() throws Exception {
        api = new ApiClient(essaim.baseUrl(), "invoicing");
        compta = api.token("compta");
        jeanne = api.token("jeanne");
    }

    @Test
    void jeanneFilesASupplierInvoiceWhichAccountingValidatesAndPays() throws Exception {
        HttpResponse<String> created = api.send(jeanne, "POST", "suppliers", """
                {"activity": %d, "name": "Mercerie API", "registrationNumber": "552100554",
                 "iban": "FR7630001007941234567890185", "address": {"city": "Lyon", "country": "fr"}}"""
                .formatted(fixture.jeanneActivity()));
        long supplier = api.ok(created, 201).get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("suppliers/" + supplier));
        String body = """
                {"activity": %d, "supplierId": %d, "supplierNumber": "API-1", "invoiceDate": "%s", "dueDate": "%s",
                 "lines": [{"accountCode": "606000", "description": "Fils", "net": {"amount": "80.00", "currency": "EUR"},
                            "vatCode": "FR-20"}]}""".formatted(fixture.jeanneActivity(), supplier, LocalDate.now(),
                LocalDate.now().plusDays(30));
        HttpResponse<String> draft = api.send(jeanne, "POST", "supplier-invoices", body);
        JsonNode invoice = api.ok(draft, 201);
        long id = invoice.get("id").asLong();
        assertTrue(draft.headers().firstValue("Location").orElse("").endsWith("supplier-invoices/" + id));
        assertEquals("96.00", invoice.get("totalInclVat").get("amount").asText());
        assertTrue(ApiClient.fieldError(api.problem(api.send(jeanne, "POST", "supplier-invoices", body), 422),
                "supplierNumber").contains("déjà"));

        String pdf = Base64.getEncoder().encodeToString(PurchaseFixture.PDF);
        api.problem(api.send(jeanne, "POST", "supplier-invoices/" + id + "/receipt", """
                {"fileName": "f.pdf", "content": "%s"}""".formatted(Base64.getEncoder().encodeToString(
                "<svg/>".getBytes(StandardCharsets.UTF_8)))), 422);
        assertTrue(api.ok(api.send(jeanne, "POST", "supplier-invoices/" + id + "/receipt", """
                {"fileName": "f.pdf", "content": "%s"}""".formatted(pdf)), 200).get("hasReceipt").asBoolean());
        assertEquals(pdf, api.ok(api.get(jeanne, "supplier-invoices/" + id + "/receipt"), 200).get("content").asText());
        api.ok(api.send(jeanne, "POST", "supplier-invoices/" + id + "/submission", "{}"), 200);
        api.problem(api.send(jeanne, "PUT", "supplier-invoices/" + id, body.replace("\"activity\": "
                + fixture.jeanneActivity() + ", ", "")), 422);
        api.problem(api.send(jeanne, "POST", "supplier-invoices/" + id + "/validation", "{}"), 403);
        assertEquals("DRAFT", api.ok(api.send(compta, "POST", "supplier-invoices/" + id + "/refusal",
                "{\"reason\": \"Mauvais montant\"}"), 200).get("status").asText());
        api.ok(api.send(jeanne, "POST", "supplier-invoices/" + id + "/submission", "{}"), 200);
        assertEquals("VALIDATED", api.ok(api.send(compta, "POST", "supplier-invoices/" + id + "/validation", "{}"),
                200).get("status").asText());
        String pay = "{\"paidOn\": \"%s\", \"amount\": {\"amount\": \"%s\", \"currency\": \"EUR\"}, \"method\": \"transfer\"}";
        assertTrue(ApiClient.fieldError(api.problem(api.send(compta, "POST", "supplier-invoices/" + id + "/payments",
                pay.formatted(LocalDate.now(), "96.01")), 422), "amount") != null);
        HttpResponse<String> paid = api.send(compta, "POST", "supplier-invoices/" + id + "/payments",
                pay.formatted(LocalDate.now(), "96.00"));
        api.ok(paid, 201);
        assertTrue(paid.headers().firstValue("Location").isPresent());
        assertEquals("PAID", api.ok(api.get(jeanne, "supplier-invoices/" + id), 200).get("status").asText());
        assertEquals(1, api.ok(api.get(jeanne, "supplier-invoices?activity=" + fixture.jeanneActivity()
                + "&status=paid"), 200).get("items").size());
    }

    @Test
    void anotherActivitysPurchasesAreOutOfJeannesReach() throws Exception {
        Supplier theirs = purchases.supplier(fixture.accountant(), fixture.otherActivity(), "Fournisseur API Autre");
        SupplierInvoice invoice = fixture.invoicing().supplierInvoices().create(fixture.accountant(),
                fixture.otherActivity(), PurchaseFixture.draft(theirs, "Z-9", line("604000", "Étude", "10.00", null)));
        api.problem(api.get(jeanne, "supplier-invoices/" + invoice.id()), 404);
        api.problem(api.get(jeanne, "suppliers/" + theirs.id()), 404);
        api.problem(api.send(jeanne, "DELETE", "supplier-invoices/" + invoice.id(), null), 404);
        api.problem(api.get(jeanne, "supplier-invoices?activity=" + fixture.otherActivity()), 422);
        api.problem(api.send(jeanne, "POST", "supplier-invoices", """
                {"activity": %d, "supplierId": %d, "supplierNumber": "Z-10", "invoiceDate": "%s", "dueDate": "%s",
                 "lines": []}""".formatted(fixture.otherActivity(), theirs.id(), LocalDate.now(), LocalDate.now())), 422);
        assertEquals(204, api.send(compta, "DELETE", "supplier-invoices/" + invoice.id(), null).statusCode());
    }

    @Test
    void aDebitIsMatchedToASupplierInvoiceThroughTheBankEndpoints() throws Exception {
        SupplierInvoice invoice = purchases.validated(fixture.accountant(), fixture.otherActivity(), purchases.supplier(
                fixture.accountant(), fixture.otherActivity(), "Imprimerie Débit"), "IMP-4412",
                line("623000", "Flyers", "150.00", "FR-20"));
        String csv = "Date;Libellé;Montant\n" + LocalDate.now() + ";PRLV IMPRIMERIE DEBIT IMP-4412;-180,00\n";
        api.ok(api.send(compta, "POST", "bank-statements", "{\"fileName\": \"d.csv\", \"content\": \"%s\"}"
                .formatted(Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)))), 200);
        long lineId = -1;
        for (JsonNode l : api.ok(api.get(compta, "bank-lines?side=debit"), 200).get("items")) {
            if (l.get("label").asText().contains("IMP-4412")) {
                lineId = l.get("id").asLong();
            }
        }
        JsonNode best = api.ok(api.get(compta, "bank-lines/" + lineId + "/suggestions"), 200).get(0);
        assertEquals(invoice.id(), best.get("supplierInvoice").get("id").asLong());
        assertEquals(10, best.get("score").asInt());
        api.problem(api.send(compta, "POST", "bank-lines/" + lineId + "/match", "{}"), 400);
        JsonNode match = api.ok(api.send(compta, "POST", "bank-lines/" + lineId + "/match",
                "{\"supplierInvoiceId\": %d}".formatted(invoice.id())), 200);
        assertEquals(invoice.id(), match.get("supplierInvoiceId").asLong());
        assertEquals("PAID", api.ok(api.get(compta, "supplier-invoices/" + invoice.id()), 200).get("status").asText());
    }
}
