package coop.essaim.kernel.ledger;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.ActivityFigures;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ContributionScheme;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.module.ModuleRegistry;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link ActivityAccounts} service: sums of the activity's postings per account, read through the
 * chart's kinds and roles ({@link AccountFigures}). The contribution is the cooperative's scheme applied to the period's figures on the
 * period's last day, so a past month keeps the rate it had.
 */
public final class KernelActivityAccounts implements ActivityAccounts {

    static final int MAX_MONTHS = 60;

    private final ModuleStore store;
    private final CooperativeDirectory cooperatives;
    private final CooperativeCharts charts;
    private final ActivityAccess access;
    private final ContributionScheme scheme;

    public KernelActivityAccounts(ModuleStore store, CooperativeDirectory cooperatives,
                                  ModuleRegistry registry, ActivityAccess access,
                                  ContributionScheme scheme) {
        this.store = store;
        this.cooperatives = cooperatives;
        this.charts = new CooperativeCharts(registry);
        this.access = access;
        this.scheme = scheme;
    }

    @Override
    public ActivityAccount account(UserContext user, long activityId, LocalDate from, LocalDate to) {
        ReadScope scope = readable(user, activityId);
        checkPeriod(user, from, to);
        Cooperative coop = cooperatives.find(user.cooperativeId()).orElseThrow();
        Map<String, Account> chart = charts.chartOf(coop.country()).orElse(Map.of());
        return store.read(em -> account(em, user, coop, chart, scope, activityId, from, to));
    }

    @Override
    public List<ActivityAccount> monthly(UserContext user, long activityId, YearMonth from, YearMonth to) {
        ReadScope scope = readable(user, activityId);
        if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw LedgerMessages.refusal(user.locale(), "to", "ledger.account.months", MAX_MONTHS);
        }
        Cooperative coop = cooperatives.find(user.cooperativeId()).orElseThrow();
        Map<String, Account> chart = charts.chartOf(coop.country()).orElse(Map.of());
        return store.read(em -> {
            List<ActivityAccount> out = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                out.add(account(em, user, coop, chart, scope, activityId, m.atDay(1), m.atEndOfMonth()));
            }
            return out;
        });
    }

    @Override
    public List<TreasuryPoint> treasury(UserContext user, long activityId, LocalDate from, LocalDate to) {
        ReadScope scope = readable(user, activityId);
        checkPeriod(user, from, to);
        Cooperative coop = cooperatives.find(user.cooperativeId()).orElseThrow();
        List<String> cash = charts.chartOf(coop.country()).orElse(Map.of()).values().stream()
                .filter(a -> a.role() == AccountRole.CASH).map(Account::code).toList();
        String currency = coop.currency();
        return store.read(em -> {
            long position = cashBefore(em, coop.id(), activityId, cash, from, currency);
            List<TreasuryPoint> out = new ArrayList<>();
            out.add(new TreasuryPoint(from.minusDays(1), Money.of(position, currency)));
            if (cash.isEmpty()) {
                return out;
            }
            List<Object[]> days = em.createQuery("select p.entryDate, sum(p.debitMinor), sum(p.creditMinor)"
                            + " from LedgerPosting p where p.cooperativeId = :coop and p.activityId = :act"
                            + " and p.accountCode in :cash and p.currency = :cur and p.entryDate >= :from"
                            + " and p.entryDate <= :to group by p.entryDate order by p.entryDate", Object[].class)
                    .setParameter("coop", coop.id()).setParameter("act", activityId).setParameter("cash", cash)
                    .setParameter("cur", currency).setParameter("from", from).setParameter("to", to)
                    .getResultList();
            for (Object[] day : days) {
                position += ((Number) day[1]).longValue() - ((Number) day[2]).longValue();
                out.add(new TreasuryPoint((LocalDate) day[0], Money.of(position, currency)));
            }
            return out;
        });
    }

    private ActivityAccount account(EntityManager em, UserContext user, Cooperative coop, Map<String, Account> chart,
                                    ReadScope scope, long activityId, LocalDate from, LocalDate to) {
        String currency = coop.currency();
        AccountFigures figures = new AccountFigures();
        for (Balance b : LedgerReads.balances(em, new BalanceQuery(coop.id(), from, to, BalanceQuery.Grouping.ACCOUNT,
                activityId), scope)) {
            Account a = chart.get(b.accountCode());
            if (a != null && b.debit().currency().getCurrencyCode().equals(currency)) {
                figures.add(a, b.balance().minorUnits());
            }
        }
        ActivityFigures base = figures.contributionBase(activityId, from, to, currency);
        List<String> cash = chart.values().stream().filter(a -> a.role() == AccountRole.CASH).map(Account::code)
                .toList();
        return new ActivityAccount(activityId, from, to, Money.of(figures.turnover(), currency),
                base.purchasesForResale(), scheme.contribution(coop, base, to, user.locale()),
                Money.of(figures.expenses(), currency), Money.of(figures.salaries(), currency),
                Money.of(cashBefore(em, coop.id(), activityId, cash, to.plusDays(1), currency), currency));
    }

    private static long cashBefore(EntityManager em, long coop, long activityId, List<String> cash, LocalDate day,
                                   String currency) {
        if (cash.isEmpty()) {
            return 0;
        }
        Object[] sums = em.createQuery("select coalesce(sum(p.debitMinor), 0), coalesce(sum(p.creditMinor), 0)"
                        + " from LedgerPosting p where p.cooperativeId = :coop and p.activityId = :act"
                        + " and p.accountCode in :cash and p.currency = :cur and p.entryDate < :day", Object[].class)
                .setParameter("coop", coop).setParameter("act", activityId).setParameter("cash", cash)
                .setParameter("cur", currency).setParameter("day", day).getSingleResult();
        return ((Number) sums[0]).longValue() - ((Number) sums[1]).longValue();
    }

    /** The activity must be the cooperative's and one the user may read. */
    private ReadScope readable(UserContext user, long activityId) {
        ReadScope scope = ReadScope.of(user, access);
        boolean exists = store.read(em -> em.createQuery("select count(a) from Activity a where a.id = :id"
                        + " and a.cooperativeId = :coop", Long.class)
                .setParameter("id", activityId).setParameter("coop", user.cooperativeId()).getSingleResult() > 0);
        if (!exists || !scope.sees(activityId)) {
            throw LedgerMessages.refusal(user.locale(), "activity", "ledger.account.activity");
        }
        return scope;
    }

    private static void checkPeriod(UserContext user, LocalDate from, LocalDate to) {
        if (from == null) {
            throw LedgerMessages.refusal(user.locale(), "from", "ledger.account.date");
        }
        if (to == null || to.isBefore(from)) {
            throw LedgerMessages.refusal(user.locale(), "to", "ledger.account.order");
        }
    }
}
