package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice or credit note. {@code number} is empty until validation; {@code settled} is what payments (and,
 * for an invoice, the credit notes correcting it) have settled, {@code outstanding} what the customer still owes.
 * {@code buyerName} is the customer's name as the document shows it: copied at validation, so a later change of
 * the customer never changes an issued invoice.
 */
public record Invoice(long id, long activityId, long customerId, InvoiceKind kind, InvoiceStatus status,
                      String number, LocalDate issueDate, int paymentDays, LocalDate dueDate, String buyerReference,
                      String buyerName, VatRounding vatRounding, List<InvoiceLine> lines, Money totalExclVat,
                      Money totalVat, Money totalInclVat, Money settled, Long correctsInvoiceId, Long ledgerEntryId,
                      Instant validatedAt, String validatedBy) {

    public Invoice {
        lines = List.copyOf(lines);
    }

    public Money outstanding() {
        return totalInclVat.minus(settled);
    }

    public boolean isOverdueOn(LocalDate day) {
        return status == InvoiceStatus.VALIDATED && kind != InvoiceKind.CREDIT_NOTE && outstanding().isPositive()
                && dueDate.isBefore(day);
    }
}
