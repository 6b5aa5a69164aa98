package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/**
 * A line of the cooperative's bank statement: a credit ({@code amount} positive) or a debit (negative), with what
 * the bank says of it. {@code invoiceId} and {@code paymentId} once accounting matched a credit to an invoice.
 */
public record BankLine(long id, LocalDate bookedOn, Money amount, String label, String counterparty,
                       String bankReference, Long invoiceId, Long paymentId) {

    public boolean matched() {
        return paymentId != null;
    }
}
