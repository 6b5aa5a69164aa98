package coop.essaim.invoicing.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotes under /api/v1/invoicing/quotes, over HTTP on the real core, in the demo cooperative. */
class QuotesApiTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit().withWeb();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private ApiClient api;
    private String jeanne;

    @BeforeEach
    void tokens() throws Exception {
        api = new ApiClient(essaim.baseUrl(), "invoicing");
        jeanne = api.token("jeanne");
    }

    @Test
    void jeanneDraftsSendsAcceptsAndInvoicesAQuoteThroughTheApi() throws Exception {
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(fixture.jeanne(), activity, "Compagnie API");
        HttpResponse<String> created = api.send(jeanne, "POST", "quotes", """
                {"activity": %d, "customerId": %d, "depositPercent": "40", "lines": [
                  {"description": "Costumes", "kind": "service", "quantity": "2", "unitCode": "DAY",
                   "unitPrice": {"amount": "450.00", "currency": "EUR"}, "discountPercent": "0", "vatCode": "FR-20"}]}"""
                .formatted(activity, customer.id()));
        JsonNode draft = api.ok(created, 201);
        long id = draft.get("id").asLong();
        assertEquals("/api/v1/invoicing/quotes/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals("900.00", draft.get("totalExclVat").get("amount").asText());
        assertEquals("432.00", draft.get("deposit").get("amount").asText());
        assertEquals(LocalDate.now().plusDays(30).toString(), draft.get("validUntil").asText());

        JsonNode changed = api.ok(api.send(jeanne, "PUT", "quotes/" + id, """
                {"customerId": %d, "depositPercent": "40", "lines": [
                  {"description": "Costumes", "kind": "service", "quantity": "3", "unitCode": "DAY",
                   "unitPrice": {"amount": "450.00", "currency": "EUR"}, "vatCode": "FR-20"}]}"""
                .formatted(customer.id())), 200);
        assertEquals("1350.00", changed.get("totalExclVat").get("amount").asText());
        JsonNode sent = api.ok(api.send(jeanne, "POST", "quotes/" + id + "/sending?withoutEmail=true", null), 200);
        assertEquals("SENT", sent.get("status").asText());
        assertTrue(sent.get("number").asText().startsWith("D" + LocalDate.now().getYear() + "-"), sent.toString());
        JsonNode refusedEdit = api.problem(api.send(jeanne, "PUT", "quotes/" + id, """
                {"customerId": %d, "lines": []}""".formatted(customer.id())), 422);
        assertTrue(refusedEdit.toString().contains("status"), refusedEdit.toString());
        assertEquals("ACCEPTED", api.ok(api.send(jeanne, "POST", "quotes/" + id + "/acceptance", null), 200)
                .get("status").asText());

        HttpResponse<String> deposit = api.send(jeanne, "POST", "quotes/" + id + "/invoices", """
                {"kind": "DEPOSIT"}""");
        JsonNode invoice = api.ok(deposit, 201);
        assertEquals("DEPOSIT_INVOICE", invoice.get("kind").asText());
        assertEquals("540.00", invoice.get("totalExclVat").get("amount").asText()); // 40 % of 1 350.00
        assertEquals("/api/v1/invoicing/invoices/" + invoice.get("id").asLong(),
                deposit.headers().firstValue("Location").orElseThrow());
        JsonNode over = api.problem(api.send(jeanne, "POST", "quotes/" + id + "/invoices", """
                {"kind": "PARTIAL", "percent": "70"}"""), 422);
        assertEquals("percent", over.get("errors").get(0).get("field").asText(), over.toString());
        JsonNode progress = api.ok(api.get(jeanne, "quotes/" + id + "/invoices"), 200);
        assertEquals(1, progress.get("invoices").size());
        assertEquals("810.00", progress.get("leftExclVat").get("amount").asText());

        HttpResponse<String> copy = api.send(jeanne, "POST", "quotes/" + id + "/duplicate", null);
        long copyId = api.ok(copy, 201).get("id").asLong();
        assertEquals("/api/v1/invoicing/quotes/" + copyId, copy.headers().firstValue("Location").orElseThrow());
        var drafts = api.ok(api.get(jeanne, "quotes?activity=" + activity + "&status=draft"), 200);
        assertTrue(drafts.get("items").toString().contains("\"id\":" + copyId), drafts.toString());
        assertEquals(drafts.get("items").size(), drafts.get("total").asInt());
        assertEquals(204, api.send(jeanne, "DELETE", "quotes/" + copyId, null).statusCode());
        assertEquals(404, api.get(jeanne, "quotes/" + copyId).statusCode());
    }

    @Test
    void anotherActivitysQuoteIsNotFoundForJeanne() throws Exception {
        UserContext compta = fixture.accountant();
        Customer customer = fixture.customer(compta, fixture.otherActivity(), "Client Devis Autre");
        Quote theirs = fixture.invoicing().quotes().create(compta, fixture.otherActivity(), new QuoteDraft(
                customer.id(), null, null, null, null, List.of(service("Étude", "1", "100.00"))));
        fixture.invoicing().quotes().accept(compta, fixture.invoicing().quotes().markSent(compta, theirs.id()).id());

        assertEquals(404, api.get(jeanne, "quotes/" + theirs.id()).statusCode());
        assertEquals(404, api.send(jeanne, "POST", "quotes/" + theirs.id() + "/invoices", """
                {"kind": "WHOLE"}""").statusCode());
        assertEquals(404, api.send(jeanne, "POST", "quotes/" + theirs.id() + "/refusal", null).statusCode());
        assertEquals(404, api.send(jeanne, "POST", "quotes/" + theirs.id() + "/duplicate", null).statusCode());
        api.problem(api.get(jeanne, "quotes?activity=" + fixture.otherActivity()), 422);
        assertTrue(fixture.invoicing().quotes().invoicing(compta, theirs.id()).invoices().isEmpty());
    }
}
