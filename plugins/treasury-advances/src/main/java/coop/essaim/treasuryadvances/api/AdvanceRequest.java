package coop.essaim.treasuryadvances.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a requester asks: for {@code activityId}, {@code amount} of {@code kind}, why, the unpaid invoices it relies
 * on (their numbers), and how it comes back: {@code receiptShare} percent of each client payment until
 * {@code dueOn}, or the {@code schedule} (whose total is the amount and whose last date is {@code dueOn}).
 */
public record AdvanceRequest(long activityId, AdvanceKind kind, Money amount, String reason,
                             List<String> invoiceReferences, RepaymentMode repayment, BigDecimal receiptShare,
                             LocalDate dueOn, List<Instalment> schedule) {

    public AdvanceRequest {
        invoiceReferences = invoiceReferences == null ? List.of() : List.copyOf(invoiceReferences);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
    }
}
