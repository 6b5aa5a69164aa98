package coop.essaim.invoicing.api;

/**
 * A draft is edited freely; a submitted draft waits for accounting (its amount is above the entrepreneur's
 * ceiling); a validated document has its number and its ledger entry and never changes again.
 */
public enum InvoiceStatus {
    DRAFT, SUBMITTED, VALIDATED
}
