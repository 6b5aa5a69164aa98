package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote. {@code number} ({@code D2026-00001}) is empty until it is sent; {@code status} is {@code EXPIRED} for
 * a sent quote past {@code validUntil}. {@code deposit} is the deposit's amount incl. VAT. {@code duplicatedFromId}
 * names the quote it was copied from. Who sent it and who recorded the customer's answer, and when, are kept.
 */
public record Quote(long id, long activityId, long customerId, QuoteStatus status, String number,
                    LocalDate issueDate, LocalDate validUntil, BigDecimal depositPercent, String buyerReference,
                    VatRounding vatRounding, List<InvoiceLine> lines, Money totalExclVat, Money totalVat,
                    Money totalInclVat, Money deposit, Long duplicatedFromId, Instant sentAt, String sentBy,
                    Instant decidedAt, String decidedBy, String createdBy) {

    public Quote {
        lines = List.copyOf(lines);
    }
}
