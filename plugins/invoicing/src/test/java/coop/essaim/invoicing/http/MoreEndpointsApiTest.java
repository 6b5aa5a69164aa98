package coop.essaim.invoicing.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceQuery;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static coop.essaim.invoicing.InvoicingFixture.draft;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expense notes, bank reconciliation and reminders through /api/v1/invoicing/. */
class MoreEndpointsApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit().withWeb();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
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
    void anExpenseNoteGoesFromJeanneToAccountingWithItsReceipt() throws Exception {
        JsonNode note = api.ok(api.send(jeanne, "POST", "expense-notes",
                "{\"activity\": %d, \"label\": \"Salon\"}".formatted(fixture.jeanneActivity())), 201);
        long id = note.get("id").asLong();
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String line = """
                {"spentOn": "%s", "accountCode": "625100", "description": "Train",
                 "amount": {"amount": "48.00", "currency": "EUR"}, "vat": {"amount": "4.36", "currency": "EUR"},
                 "receipt": {"fileName": "billet.pdf", "content": "%s"}}""";
        assertEquals("48.00", api.ok(api.send(jeanne, "POST", "expense-notes/" + id + "/lines",
                line.formatted(LocalDate.now(), pdf)), 200).get("total").get("amount").asText());
        JsonNode svg = api.problem(api.send(jeanne, "POST", "expense-notes/" + id + "/lines", line.formatted(
                LocalDate.now(), Base64.getEncoder().encodeToString("<svg/>".getBytes(StandardCharsets.UTF_8)))), 422);
        assertTrue(ApiClient.fieldError(svg, "receipt") != null, svg.toString());
        api.ok(api.send(jeanne, "POST", "expense-notes/" + id + "/submission", "{}"), 200);
        api.problem(api.send(jeanne, "POST", "expense-notes/" + id + "/validation", "{}"), 403);
        assertEquals("VALIDATED", api.ok(api.send(compta, "POST", "expense-notes/" + id + "/validation", "{}"), 200)
                .get("status").asText());
    }

    @Test
    void aStatementIsImportedAndACreditMatchedThroughTheApi() throws Exception {
        Customer customer = fixture.customer(fixture.accountant(), fixture.jeanneActivity(), "Client Relevé API");
        Invoice invoice = fixture.invoicing().invoices().validate(fixture.accountant(), fixture.invoicing().invoices()
                .createDraft(fixture.accountant(), fixture.jeanneActivity(), draft(customer.id(),
                        service("Robe", "1", "123.45"))).id());
        String csv = "Date;Libellé;Montant\n" + LocalDate.now() + ";VIR " + invoice.number() + ";148,14\n";
        JsonNode imported = api.ok(api.send(compta, "POST", "bank-statements", "{\"fileName\": \"r.csv\", \"content\": \"%s\"}"
                .formatted(Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)))), 200);
        assertEquals(1, imported.get("added").asInt());
        JsonNode lines = api.ok(api.get(compta, "bank-lines"), 200).get("items");
        long lineId = -1;
        for (JsonNode l : lines) {
            if (l.get("label").asText().contains(invoice.number())) {
                lineId = l.get("id").asLong();
            }
        }
        JsonNode best = api.ok(api.get(compta, "bank-lines/" + lineId + "/suggestions"), 200).get(0);
        assertEquals(invoice.id(), best.get("invoice").get("id").asLong());
        api.ok(api.send(compta, "POST", "bank-lines/" + lineId + "/match",
                "{\"invoiceId\": %d}".formatted(invoice.id())), 200);
        assertTrue(fixture.invoicing().invoices().find(fixture.accountant(), invoice.id()).orElseThrow()
                .outstanding().isZero());
        api.problem(api.get(jeanne, "bank-lines"), 403);
    }

    @Test
    void anOverdueInvoiceIsRemindedByPostThroughTheApi() throws Exception {
        Invoice overdue = fixture.invoicing().invoices().list(fixture.accountant(),
                new InvoiceQuery(null, null, LocalDate.now(), 0, 1)).items().get(0);
        api.ok(api.send(compta, "POST", "invoices/" + overdue.id() + "/reminders",
                "{\"level\": \"FIRST_REMINDER\", \"byEmail\": false}"), 201);
        JsonNode reminders = api.ok(api.get(compta, "invoices/" + overdue.id() + "/reminders"), 200);
        assertEquals("FIRST_REMINDER", reminders.get(0).get("level").asText());
        api.problem(api.send(compta, "POST", "invoices/" + overdue.id() + "/reminders", "{\"level\": \"SOON\"}"), 400);
    }
}
