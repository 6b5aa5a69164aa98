package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.util.List;

/** A member's expense note for one activity: its lines, totals and the entries it was posted and repaid with. */
public record ExpenseNote(long id, long activityId, String label, ExpenseStatus status, List<ExpenseLine> lines,
                          Money total, Money vat, Long ledgerEntryId, Long reimbursementEntryId, String createdBy) {

    public ExpenseNote {
        lines = List.copyOf(lines);
    }
}
