package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * A supplier invoice of one activity: the supplier's document, its lines and totals, what was paid of it, the
 * reason of the last refusal (null when none) and the purchases entry it was posted with. {@code reference} is
 * the cooperative's own reference of the invoice ({@code ACH-42}): its supplier postings are lettered with it.
 */
public record SupplierInvoice(long id, long activityId, long supplierId, String supplierName, String supplierNumber,
                              LocalDate invoiceDate, LocalDate dueDate, SupplierInvoiceStatus status,
                              List<PurchaseLine> lines, Money totalExclVat, Money totalVat, Money totalInclVat,
                              Money paid, boolean hasReceipt, String refusalReason, Long ledgerEntryId,
                              String createdBy, String validatedBy) {

    public SupplierInvoice {
        lines = List.copyOf(lines);
    }

    public String reference() {
        return "ACH-" + id;
    }

    /** What is left to pay. */
    public Money outstanding() {
        return totalInclVat.minus(paid);
    }

    /** Validated, not paid in full, and due before {@code day}. */
    public boolean isOverdueOn(LocalDate day) {
        return status == SupplierInvoiceStatus.VALIDATED && dueDate != null && dueDate.isBefore(day)
                && outstanding().isPositive();
    }
}
