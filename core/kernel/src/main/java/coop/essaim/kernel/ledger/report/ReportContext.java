package coop.essaim.kernel.ledger.report;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.money.Money;
import coop.essaim.kernel.ledger.ReadScope;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * What every report of one call reads with: the cooperative, its currency and chart, the postings the user
 * may see, and its first month of the fiscal year (balances start on the first day of the year).
 */
record ReportContext(long cooperativeId, Currency currency, Map<String, Account> chart, ReadScope scope,
                     int fiscalYearStartMonth) {

    LocalDate yearStart(LocalDate date) {
        return FiscalYear.containing(date, fiscalYearStartMonth).start();
    }

    Money money(long minor) {
        return Money.of(minor, currency);
    }

    String label(String accountCode) {
        Account a = chart.get(accountCode);
        return a == null ? accountCode : a.label();
    }
}
