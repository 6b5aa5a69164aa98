package coop.essaim.invoicing.internal.http;

import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.Invoice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers' shapes where they differ from the records: a customer's details at the top level, as a creation
 * sends them, and an invoice with what it still owes. Payments and internal invoices are answered as their records.
 */
final class InvoicingJson {

    private InvoicingJson() {
    }

    static Map<String, Object> customer(Customer c) {
        CustomerDetails d = c.details();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("activityId", c.activityId());
        out.put("kind", d.kind());
        out.put("name", d.name());
        out.put("email", d.email());
        out.put("address", d.address());
        out.put("vatNumber", d.vatNumber());
        out.put("registrationNumber", d.registrationNumber());
        out.put("paymentDays", d.paymentDays());
        out.put("ledgerReference", c.ledgerReference());
        return out;
    }

    static Map<String, Object> invoice(Invoice i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("activityId", i.activityId());
        out.put("customerId", i.customerId());
        out.put("kind", i.kind());
        out.put("status", i.status());
        out.put("number", i.number());
        out.put("issueDate", i.issueDate());
        out.put("paymentDays", i.paymentDays());
        out.put("dueDate", i.dueDate());
        out.put("buyerReference", i.buyerReference());
        out.put("buyerName", i.buyerName());
        out.put("vatRounding", i.vatRounding());
        out.put("lines", i.lines());
        out.put("totalExclVat", i.totalExclVat());
        out.put("totalVat", i.totalVat());
        out.put("totalInclVat", i.totalInclVat());
        out.put("settled", i.settled());
        out.put("outstanding", i.outstanding());
        out.put("correctsInvoiceId", i.correctsInvoiceId());
        out.put("ledgerEntryId", i.ledgerEntryId());
        out.put("validatedAt", i.validatedAt());
        out.put("validatedBy", i.validatedBy());
        return out;
    }
}
