package coop.essaim.treasuryadvances.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An advance as its readers see it. {@code balance} is what remains to repay (amount − repaid − written off);
 * {@code overdue} is true when a due date has passed with money still owed for it.
 */
public record TreasuryAdvance(long id, long cooperativeId, long activityId, AdvanceKind kind, Money amount,
                              String reason, List<String> invoiceReferences, RepaymentMode repayment,
                              BigDecimal receiptShare, LocalDate dueOn, List<Instalment> schedule, boolean automatic,
                              AdvanceStatus status, String decisionReasons, Instant decidedAt, String decidedBy,
                              LocalDate disbursedOn, Long disbursementEntryId, Money repaid, Money writtenOff,
                              Long writeOffEntryId, LocalDate writeOffOn, Money balance, boolean overdue, Instant requestedAt,
                              String requestedBy) {

    public TreasuryAdvance {
        invoiceReferences = List.copyOf(invoiceReferences);
        schedule = List.copyOf(schedule);
    }
}
