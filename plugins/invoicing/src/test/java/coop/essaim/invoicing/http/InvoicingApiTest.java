package coop.essaim.invoicing.http;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.internal.Invoicing;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static coop.essaim.invoicing.InvoicingFixture.draft;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static coop.essaim.testkit.ApiClient.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invoicing API under /api/v1/invoicing/, over HTTP on the real core (test kit with web), demo cooperative. */
class InvoicingApiTest {

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
    void aDraftCreatedAndValidatedThroughTheApiGetsItsNumber() throws Exception {
        long activity = fixture.jeanneActivity();
        HttpResponse<String> c = api.send(compta, "POST", "customers", """
                {"activity": %d, "kind": "company", "name": "Atelier Lumière", "email": "compta@lumiere.example",
                 "address": {"street": "3 place Bellecour", "postalCode": "69002", "city": "Lyon", "country": "FR"},
                 "vatNumber": "FR40303265045", "registrationNumber": "303265045"}""".formatted(activity));
        JsonNode customer = api.ok(c, 201);
        assertEquals("/api/v1/invoicing/customers/" + customer.get("id").asLong(),
                c.headers().firstValue("Location").orElseThrow());
        assertEquals("Lyon", api.ok(api.get(compta, "customers/" + customer.get("id").asLong()), 200)
                .get("address").get("city").asText());

        HttpResponse<String> created = api.send(compta, "POST", "invoices", """
                {"activity": %d, "customerId": %d, "buyerReference": "BC-2026-17", "lines": [
                  {"description": "Retouches, robe de mariée", "kind": "service", "quantity": "1.5", "unitCode": "DAY",
                   "unitPrice": {"amount": "400.00", "currency": "EUR"}, "discountPercent": "0", "vatCode": "FR-20"},
                  {"description": "Tissu lin, au mètre", "kind": "goods", "quantity": "2.5", "unitCode": "MTR",
                   "unitPrice": {"amount": "18.00", "currency": "EUR"}, "vatCode": "FR-20"}]}"""
                .formatted(activity, customer.get("id").asLong()));
        JsonNode draft = api.ok(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertEquals("/api/v1/invoicing/invoices/" + draft.get("id").asLong(), location);
        assertEquals("DRAFT", draft.get("status").asText());
        assertTrue(draft.get("number").isNull());
        assertEquals("645.00", draft.get("totalExclVat").get("amount").asText());
        assertEquals("1.5", draft.get("lines").get(0).get("quantity").asText());

        JsonNode valid = api.ok(api.send(compta, "POST", "invoices/" + draft.get("id").asLong() + "/validation",
                null), 200);
        assertEquals("VALIDATED", valid.get("status").asText());
        assertTrue(valid.get("number").asText().matches(LocalDate.now().getYear() + "-\\d{5}"), valid.toString());
        assertEquals("774.00", valid.get("totalInclVat").get("amount").asText());
        assertEquals("774.00", valid.get("outstanding").get("amount").asText());
        assertEquals(valid.get("number").asText(), api.ok(api.get(compta, location), 200).get("number").asText());
        JsonNode listed = api.ok(api.get(compta, "invoices?activity=" + activity + "&status=validated&limit=500"), 200);
        assertTrue(listed.get("items").findValuesAsText("number").contains(valid.get("number").asText()));
    }

    @Test
    void aPaymentIsRecordedAndListedWithTheInvoice() throws Exception {
        Invoice invoice = validatedInvoice(fixture.jeanneActivity());
        HttpResponse<String> r = api.send(compta, "POST", "invoices/" + invoice.id() + "/payments", """
                {"paidOn": "%s", "amount": {"amount": "100.00", "currency": "EUR"}, "method": "transfer",
                 "reference": "VIR-0042"}""".formatted(LocalDate.now()));
        JsonNode payment = api.ok(r, 201);
        assertEquals("/api/v1/invoicing/invoices/" + invoice.id() + "/payments/" + payment.get("id").asLong(),
                r.headers().firstValue("Location").orElseThrow());
        assertEquals("TRANSFER", payment.get("method").asText());
        assertTrue(payment.get("ledgerEntryId").asLong() > 0);
        JsonNode payments = api.ok(api.get(compta, "invoices/" + invoice.id() + "/payments"), 200);
        assertEquals(1, payments.get("items").size());
        assertEquals("VIR-0042", api.ok(api.get(compta, r.headers().firstValue("Location").orElseThrow()), 200)
                .get("reference").asText());
        JsonNode after = api.ok(api.get(compta, "invoices/" + invoice.id()), 200);
        assertEquals(invoice.totalInclVat().minus(InvoicingFixture.eur("100.00")).toPlainString(),
                after.get("outstanding").get("amount").asText());
    }

    @Test
    void aMalformedBodyIsA400NamingEachFieldAndWritesNothing() throws Exception {
        long activity = fixture.jeanneActivity();
        long before = total(activity);
        JsonNode problem = api.problem(api.send(compta, "POST", "invoices", """
                {"activity": %d, "customerId": "12", "colour": "blue", "lines": [
                  {"description": "Retouches", "kind": "service", "quantity": 1.5, "unitCode": "DAY",
                   "unitPrice": {"amount": 400, "currency": "EUR"}, "vatCode": "FR-20"}]}""".formatted(activity)), 400);
        assertTrue(fieldError(problem, "customerId").contains("string"), problem.toString());
        assertTrue(fieldError(problem, "lines[0].quantity").contains("1.5"), problem.toString());
        fieldError(problem, "lines[0].unitPrice.amount");
        fieldError(problem, "colour");
        assertTrue(problem.toString().contains("\"pointer\":\"/lines/0/unitPrice/amount\""), problem.toString());
        assertEquals(before, total(activity));
    }

    @Test
    void aRefusedRuleIsA422NamingTheFieldAndWritesNothing() throws Exception {
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(fixture.accountant(), activity, "Mercerie Rouge");
        long before = total(activity);
        JsonNode problem = api.problem(api.send(compta, "POST", "invoices", """
                {"activity": %d, "customerId": %d, "lines": [
                  {"description": "Ourlets", "kind": "service", "quantity": "0", "unitCode": "HUR",
                   "unitPrice": {"amount": "40.00", "currency": "EUR"}, "vatCode": "FR-99"}]}"""
                .formatted(activity, customer.id())), 422);
        fieldError(problem, "lines[0].quantity");
        fieldError(problem, "lines[0].vatCode");
        assertEquals("/lines/0/vatCode", pointerOf(problem, "lines[0].vatCode"));
        assertEquals(before, total(activity));

        Invoice invoice = validatedInvoice(activity);
        JsonNode overpaid = api.problem(api.send(compta, "POST", "invoices/" + invoice.id() + "/payments", """
                {"paidOn": "%s", "amount": {"amount": "99999.00", "currency": "EUR"}, "method": "cheque"}"""
                .formatted(LocalDate.now())), 422);
        fieldError(overpaid, "amount");
        assertEquals(0, api.ok(api.get(compta, "invoices/" + invoice.id() + "/payments"), 200).get("items").size());
    }

    @Test
    void jeanneReachesNoInvoiceOfAnotherActivity() throws Exception {
        Invoice other = validatedInvoice(fixture.otherActivity());
        api.problem(api.get(jeanne, "invoices/" + other.id()), 404);
        api.problem(api.send(jeanne, "POST", "invoices/" + other.id() + "/credit-note", null), 404);
        api.problem(api.get(jeanne, "invoices/" + other.id() + "/payments"), 404);
        api.problem(api.get(jeanne, "invoices/999999999"), 404);
        api.ok(api.get(compta, "invoices/" + other.id()), 200);
    }

    @Test
    void jeanneMayNotRecordAPayment() throws Exception {
        Invoice own = validatedInvoice(fixture.jeanneActivity());
        api.ok(api.get(jeanne, "invoices/" + own.id()), 200);
        JsonNode denied = api.problem(api.send(jeanne, "POST", "invoices/" + own.id() + "/payments", """
                {"paidOn": "%s", "amount": {"amount": "10.00", "currency": "EUR"}, "method": "cash"}"""
                .formatted(LocalDate.now())), 403);
        assertTrue(denied.get("detail").asText().contains("invoicing.payments.record"), denied.toString());
        assertEquals(0, api.ok(api.get(jeanne, "invoices/" + own.id() + "/payments"), 200).get("items").size());
    }

    @Test
    void aDraftIsChangedOrDeletedAndAValidatedInvoiceCreditedThroughTheApi() throws Exception {
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(fixture.accountant(), activity, "Bonneterie Bleue");
        String lines = """
                "lines": [{"description": "Retouches", "kind": "service", "quantity": "%s", "unitCode": "HUR",
                  "unitPrice": {"amount": "40.00", "currency": "EUR"}, "vatCode": "FR-20"}]""";
        JsonNode draft = api.ok(api.send(jeanne, "POST", "invoices", "{\"activity\": %d, \"customerId\": %d, %s}"
                .formatted(activity, customer.id(), lines.formatted("2"))), 201);
        long id = draft.get("id").asLong();
        JsonNode changed = api.ok(api.send(jeanne, "PUT", "invoices/" + id, "{\"customerId\": %d, \"paymentDays\": 15, %s}"
                .formatted(customer.id(), lines.formatted("3"))), 200);
        assertEquals("120.00", changed.get("totalExclVat").get("amount").asText());
        assertEquals(15, changed.get("paymentDays").asInt());
        assertEquals(204, api.send(jeanne, "DELETE", "invoices/" + id, null).statusCode());
        api.problem(api.get(jeanne, "invoices/" + id), 404);

        Invoice valid = validatedInvoice(activity);
        HttpResponse<String> r = api.send(compta, "POST", "invoices/" + valid.id() + "/credit-note", null);
        JsonNode credit = api.ok(r, 201);
        assertEquals("CREDIT_NOTE", credit.get("kind").asText());
        assertEquals(valid.id(), credit.get("correctsInvoiceId").asLong());
        assertEquals("/api/v1/invoicing/invoices/" + credit.get("id").asLong(),
                r.headers().firstValue("Location").orElseThrow());
        api.problem(api.send(compta, "DELETE", "invoices/" + valid.id(), null), 422);
        api.problem(api.send(compta, "PATCH", "invoices/" + valid.id(), "{}"), 405);
    }

    @Test
    void theInvoiceListIsPagedWithALinkToTheNextPage() throws Exception {
        long activity = fixture.jeanneActivity();
        validatedInvoice(activity);
        validatedInvoice(activity);
        HttpResponse<String> first = api.get(compta, "invoices?activity=" + activity + "&limit=1&overdue=false");
        JsonNode page = api.ok(first, 200);
        assertEquals(1, page.get("items").size());
        assertTrue(page.get("total").asLong() >= 2);
        String next = first.headers().firstValue("Link").orElseThrow();
        assertTrue(next.contains("offset=1") && next.contains("activity=" + activity), next);
        String nextUrl = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
        assertEquals(1, api.ok(api.get(compta, nextUrl), 200).get("offset").asInt());
        assertEquals(0, api.ok(api.get(compta, "invoices?activity=" + activity + "&overdue=true"), 200)
                .get("total").asLong());
        JsonNode bad = api.problem(api.get(compta, "invoices?status=paid&overdue=maybe&limit=501"), 400);
        fieldError(bad, "status");
        fieldError(bad, "overdue");
        fieldError(bad, "limit");
    }

    @Test
    void anInternalInvoiceIsDraftedListedAndAcceptedThroughTheApi() throws Exception {
        long seller = fixture.jeanneActivity();
        long buyer = fixture.otherActivity();
        HttpResponse<String> r = api.send(jeanne, "POST", "internal-invoices", """
                {"sellerActivity": %d, "buyerActivity": %d, "description": "Costumes du spectacle",
                 "quantity": "2", "unitCode": "C62", "unitPrice": {"amount": "150.00", "currency": "EUR"}}"""
                .formatted(seller, buyer));
        JsonNode internal = api.ok(r, 201);
        long id = internal.get("id").asLong();
        assertEquals("/api/v1/invoicing/internal-invoices/" + id, r.headers().firstValue("Location").orElseThrow());
        assertEquals("300.00", internal.get("total").get("amount").asText());
        assertTrue(api.ok(api.get(jeanne, "internal-invoices?activity=" + seller), 200).get("items")
                .findValuesAsText("reference").contains(internal.get("reference").asText()));
        JsonNode accepted = api.ok(api.send(compta, "POST", "internal-invoices/" + id + "/acceptance", null), 200);
        assertTrue(accepted.get("accepted").asBoolean());
        assertTrue(accepted.get("ledgerEntryId").asLong() > 0);
        fieldError(api.problem(api.send(compta, "POST", "internal-invoices/" + id + "/acceptance", null), 422),
                "status");
        fieldError(api.problem(api.get(jeanne, "internal-invoices"), 400), "activity");
        fieldError(api.problem(api.get(jeanne, "customers?activity=" + buyer), 422), "activity");
    }

    private Invoice validatedInvoice(long activity) {
        UserContext accountant = fixture.accountant();
        Invoicing invoicing = fixture.invoicing();
        Customer customer = fixture.customer(accountant, activity, "Client " + activity);
        Invoice draft = invoicing.invoices().createDraft(accountant, activity,
                draft(customer.id(), service("Conseil", "1", "500.00")));
        return invoicing.invoices().validate(accountant, draft.id());
    }

    private long total(long activity) throws Exception {
        return api.ok(api.get(compta, "invoices?activity=" + activity + "&limit=1"), 200).get("total").asLong();
    }

    private static String pointerOf(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (e.get("field").asText().equals(field)) {
                return e.get("pointer").asText();
            }
        }
        throw new AssertionError("no error on " + field);
    }
}
