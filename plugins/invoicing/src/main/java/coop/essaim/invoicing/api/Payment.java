package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/** A payment received for an invoice, with the bank entry it was posted as. */
public record Payment(long id, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method, String reference,
                      long ledgerEntryId, String recordedBy) {
}
