package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/** A payment made to a supplier for one of its invoices, with the bank entry it was posted with. */
public record SupplierPayment(long id, long supplierInvoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
                              String reference, long ledgerEntryId, String createdBy) {
}
