package coop.essaim.web.internal.activities;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
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
 * An activity's account for the fiscal year containing {@code today}: the figures of the kernel's
 * {@link ActivityAccounts} (turnover, contribution, expenses, salary costs, available for pay, result,
 * treasury), the treasury day by day, and the activity's balances by account, so every figure can be checked
 * against the lines it comes from.
 */
public record ActivityAccount(FiscalYear year, coop.essaim.api.ledger.ActivityAccount figures,
                              List<ActivityAccounts.TreasuryPoint> treasury, List<Line> lines) {

    /** One account of the activity: its totals for the year and its balance (debit minus credit). */
    public record Line(String accountCode, String label, AccountKind kind, Money debit, Money credit) {

        public Money balance() {
            return debit.minus(credit);
        }
    }

    public ActivityAccount {
        treasury = List.copyOf(treasury);
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
            var figures = Services.activityAccounts().account(user, activityId, year.start(), year.end());
            var treasury = Services.activityAccounts().treasury(user, activityId, year.start(), year.end());
            List<Balance> balances = Services.ledger().balances(user, new BalanceQuery(user.cooperativeId(),
                    year.start(), year.end(), BalanceQuery.Grouping.ACCOUNT, activityId));
            return Optional.of(new ActivityAccount(year, figures, treasury,
                    lines(Currency.getInstance(coop.currency()), balances, chart(coop.country()))));
        } catch (AccessDeniedException | ValidationException e) {
            return Optional.empty();
        }
    }

    static List<Line> lines(Currency currency, List<Balance> balances, Map<String, Account> chart) {
        List<Line> lines = new ArrayList<>();
        for (Balance b : balances) {
            if (!b.debit().currency().equals(currency)) {
                continue;
            }
            Account account = chart.get(b.accountCode());
            lines.add(new Line(b.accountCode(), account == null ? b.accountCode() : account.label(),
                    account == null ? null : account.kind(), b.debit(), b.credit()));
        }
        lines.sort(java.util.Comparator.comparing(Line::accountCode));
        return lines;
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
