package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

/**
 * One line of a supplier invoice as typed: filed under the chart's expense account {@code accountCode} (the
 * category, as for expense notes), {@code net} excl. VAT, and its deductible VAT given either as the rate's
 * {@code vatCode} (the VAT is then the net at that rate, rounded half up to the cent) or as the amount
 * {@code vat} printed on the supplier's invoice (which wins when both are given). Neither: no VAT to deduct.
 */
public record PurchaseLineDraft(String accountCode, String description, Money net, String vatCode, Money vat) {
}
