package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Work one activity ({@code sellerActivityId}) sells to another of the same cooperative: the seller's turnover
 * and the buyer's cost, without VAT (one legal entity) and without a second contribution. {@code reference} is
 * {@code INT-<id>}; {@code accepted} once the buyer's side agreed, which posts both sides.
 */
public record InternalInvoice(long id, String reference, long sellerActivityId, long buyerActivityId,
                              LocalDate issueDate, String description, BigDecimal quantity, String unitCode,
                              Money unitPrice, Money total, boolean accepted, Long ledgerEntryId,
                              String createdBy, String acceptedBy) {
}
