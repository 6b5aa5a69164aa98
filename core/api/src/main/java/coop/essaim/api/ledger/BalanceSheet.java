package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.Currency;

/**
 * The balance sheet at the end of {@code date}, from the start of its fiscal year ({@code yearStart}):
 * {@code result} is the year's result so far (revenue minus expenses), shown in equity, so
 * {@code totalAssets} equals {@code totalLiabilitiesAndEquity} (liabilities + equity + result).
 */
public record BalanceSheet(LocalDate date, LocalDate yearStart, Currency currency, FinancialStatement.Section assets,
                           FinancialStatement.Section liabilities, FinancialStatement.Section equity, Money result) {

    public Money totalAssets() {
        return assets.total();
    }

    public Money totalLiabilitiesAndEquity() {
        return liabilities.total().plus(equity.total()).plus(result);
    }

    public boolean balanced() {
        return totalAssets().equals(totalLiabilitiesAndEquity());
    }
}
