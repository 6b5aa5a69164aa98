package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.sales.VatCategory;

import java.math.BigDecimal;

/** A stored line with its computed net amount and, when VAT is rounded per line, its VAT. */
public record InvoiceLine(int position, String description, LineKind kind, BigDecimal quantity, String unitCode,
                          Money unitPrice, BigDecimal discountPercent, String vatCode, VatCategory vatCategory,
                          BigDecimal vatPercent, Money net, Money vat) {
}
