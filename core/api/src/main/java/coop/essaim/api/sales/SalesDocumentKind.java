package coop.essaim.api.sales;

/** The sales documents whose mentions a country sets. */
public enum SalesDocumentKind {
    QUOTE, INVOICE, CREDIT_NOTE
}
