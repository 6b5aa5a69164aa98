package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

/**
 * A product or service an activity sells, as typed: its {@code name} (unique among the activity's items that are
 * not archived), an optional {@code description}, whether it is a service or goods, its unit ({@code unitCode},
 * one of {@link Catalogue#UNITS}, as on an invoice line), its {@code unitPrice} excl. VAT, the VAT rate
 * {@code vatCode} of the country's rules in force today, and an optional {@code reference} (the activity's own
 * code for it).
 */
public record CatalogueItemDetails(String name, String description, LineKind kind, String unitCode, Money unitPrice,
                                   String vatCode, String reference) {
}
