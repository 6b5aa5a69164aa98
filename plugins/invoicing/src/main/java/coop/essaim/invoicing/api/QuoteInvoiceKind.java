package coop.essaim.invoicing.api;

/**
 * The invoices an accepted quote gives: the {@code WHOLE} quote at once (its lines copied), a {@code DEPOSIT}
 * invoice (the quote's deposit percentage, or the one given), a {@code PARTIAL} (situation) invoice of a given
 * percentage, and the {@code BALANCE}: what is left of the quote, the validated deposits deducted.
 */
public enum QuoteInvoiceKind {
    WHOLE, DEPOSIT, PARTIAL, BALANCE
}
