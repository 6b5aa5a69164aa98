package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.util.List;

/**
 * The invoices drafted from a quote, oldest first, with what they invoice excl. VAT (drafts included: a draft
 * reserves its part) and what is left of the quote to invoice.
 */
public record QuoteInvoicing(long quoteId, List<Invoice> invoices, Money invoicedExclVat, Money leftExclVat) {

    public QuoteInvoicing {
        invoices = List.copyOf(invoices);
    }
}
