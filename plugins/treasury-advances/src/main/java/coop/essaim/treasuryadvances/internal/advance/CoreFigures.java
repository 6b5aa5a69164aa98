package coop.essaim.treasuryadvances.internal.advance;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ExpectedCashSource;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.ledger.TreasuryForecast;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the rules read from the core: the unpaid invoices an activity expects (from the started modules'
 * {@link ExpectedCashSource}s, through the core's {@link TreasuryForecast}: what comes in on or after today, the
 * overdue left out) and the cooperative's pooled treasury (the balance of its cash accounts, every section).
 */
public final class CoreFigures {

    private static final Logger LOG = LoggerFactory.getLogger(CoreFigures.class);

    private final TreasuryForecast forecast;
    private final Ledger ledger;
    private final LedgerReports reports;
    private final ModuleCatalog catalog;

    public CoreFigures(TreasuryForecast forecast, Ledger ledger, LedgerReports reports, ModuleCatalog catalog) {
        this.forecast = forecast;
        this.ledger = ledger;
        this.reports = reports;
        this.catalog = catalog;
    }

    /** Whether a started module reports what activities expect to receive (invoicing does). */
    public boolean invoicesKnown() {
        return !catalog.implementations(ExpectedCashSource.class).isEmpty();
    }

    /** Unpaid invoices of the activity due today or later, within a year. */
    public Money unpaidNotOverdue(UserContext actor, long activityId, LocalDate today, Currency currency) {
        if (!invoicesKnown()) {
            return Money.zero(currency);
        }
        var f = forecast.forecast(actor, activityId, LocalDate.now().plusDays(365));
        long sum = f.expected().stream().filter(e -> e.cash().amount().isPositive())
                .filter(e -> !e.cash().date().isBefore(today))
                .mapToLong(e -> e.cash().amount().minorUnits()).sum();
        return Money.of(sum, currency);
    }

    /**
     * The cooperative's cash at the end of {@code today}; empty for a reader confined to their own activities (an
     * entrepreneur), who may not see it.
     */
    public Optional<Money> cooperativeTreasury(UserContext actor, LocalDate today, Currency currency) {
        if (!actor.can(LedgerPermissions.READ) || actor.confinedToOwnActivities()) {
            return Optional.empty();
        }
        Set<String> cash = cashAccounts(actor);
        long sum = ledger.balances(actor, new BalanceQuery(actor.cooperativeId(), null, today,
                        BalanceQuery.Grouping.ACCOUNT, null)).stream()
                .filter(b -> cash.contains(b.accountCode()))
                .filter(b -> b.debit().currency().equals(currency))
                .map(Balance::balance).mapToLong(Money::minorUnits).sum();
        LOG.debug("cooperative {} treasury {} on {}", actor.cooperativeId(), sum, today);
        return Optional.of(Money.of(sum, currency));
    }

    public Set<String> cashAccounts(UserContext actor) {
        return reports.accounts(actor.lending(LedgerPermissions.READ)).stream()
                .filter(a -> a.role() == AccountRole.CASH).map(Account::code).collect(Collectors.toSet());
    }

    public Set<String> receivableAccounts(UserContext actor) {
        return reports.accounts(actor.lending(LedgerPermissions.READ)).stream()
                .filter(a -> a.role() == AccountRole.RECEIVABLE).map(Account::code).collect(Collectors.toSet());
    }

    public Set<String> chart(UserContext actor) {
        return reports.accounts(actor.lending(LedgerPermissions.READ)).stream().map(Account::code)
                .collect(Collectors.toSet());
    }

}
