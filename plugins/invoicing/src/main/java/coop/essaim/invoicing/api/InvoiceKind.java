package coop.essaim.invoicing.api;

/** An invoice, a deposit invoice (asked before the work, deducted from the balance invoice) or a credit note. */
public enum InvoiceKind {
    INVOICE, DEPOSIT_INVOICE, CREDIT_NOTE
}
