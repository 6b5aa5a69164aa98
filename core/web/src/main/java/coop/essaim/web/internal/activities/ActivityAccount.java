package coop.essaim.web.internal.activities;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.money.Money;
import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.module.Extension;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.Services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An activity's account for the fiscal year containing {@code today}, from the ledger's balances of the
 * activity by account and the kinds the country's chart gives those accounts: turnover is what its income
 * accounts received, expenses what its expense accounts bore, the result the difference. The lines are the
 * balances themselves, so every figure can be checked against them.
 */
public record ActivityAccount(FiscalYear year, Money turnover, Money expenses, Money result, List<Line> lines) {

    /** One account of the activity: its totals for the year and its balance (debit minus credit). */
    public record Line(String accountCode, String label, AccountKind kind, Money debit, Money credit) {

        public Money balance() {
            return debit.minus(credit);
        }
    }

    public ActivityAccount {
        lines = List.copyOf(lines);
    }

    /** Empty when the user may read no ledger figure; the ledger restricts an entrepreneur to their own. */
    public static Optional<ActivityAccount> of(UserContext user, long activityId, LocalDate today) {
        if (!user.can(LedgerPermissions.READ) && !user.can(LedgerPermissions.READ_OWN)) {
            return Optional.empty();
        }
        Cooperative coop = Services.cooperative(user);
        try {
            FiscalYear year = Services.ledger().fiscalYear(user, today);
            List<Balance> balances = Services.ledger().balances(user, new BalanceQuery(user.cooperativeId(),
                    year.start(), year.end(), BalanceQuery.Grouping.ACCOUNT, activityId));
            return Optional.of(from(year, Currency.getInstance(coop.currency()), balances, chart(coop.country())));
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    static ActivityAccount from(FiscalYear year, Currency currency, List<Balance> balances,
                                Map<String, Account> chart) {
        Money zero = Money.zero(currency);
        Money turnover = zero;
        Money expenses = zero;
        List<Line> lines = new ArrayList<>();
        for (Balance b : balances) {
            if (!b.debit().currency().equals(currency)) {
                continue;
            }
            Account account = chart.get(b.accountCode());
            AccountKind kind = account == null ? null : account.kind();
            lines.add(new Line(b.accountCode(), account == null ? b.accountCode() : account.label(), kind,
                    b.debit(), b.credit()));
            if (kind == AccountKind.INCOME) {
                turnover = turnover.plus(b.credit().minus(b.debit()));
            } else if (kind == AccountKind.EXPENSE) {
                expenses = expenses.plus(b.balance());
            }
        }
        lines.sort(java.util.Comparator.comparing(Line::accountCode));
        return new ActivityAccount(year, turnover, expenses, turnover.minus(expenses), lines);
    }

    /** The chart the ledger validated the postings against: the first started module's for the country. */
    private static Map<String, Account> chart(String country) {
        Map<String, Account> accounts = new HashMap<>();
        for (Extension<ChartOfAccounts> ext : EssaimWebApplication.get().kernel().modules()
                .extensions(ChartOfAccounts.class)) {
            if (country.equalsIgnoreCase(ext.instance().country())) {
                ext.instance().accounts().forEach(a -> accounts.putIfAbsent(a.code(), a));
                break;
            }
        }
        return accounts;
    }
}
