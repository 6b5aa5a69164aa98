package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.Currency;

/** The income statement from {@code from} to {@code to}, of one activity when {@code activityId} is set. */
public record IncomeStatement(LocalDate from, LocalDate to, Long activityId, Currency currency,
                              FinancialStatement.Section revenue, FinancialStatement.Section expenses) {

    /** Revenue minus expenses: positive for a profit. */
    public Money result() {
        return revenue.total().minus(expenses.total());
    }
}
