package coop.essaim.kernel.ledger.report;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.ledger.BalanceSheet;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.GeneralLedger;
import coop.essaim.api.ledger.IncomeStatement;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.ledger.ReportQuery;
import coop.essaim.api.ledger.TrialBalance;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.CooperativeCharts;
import coop.essaim.kernel.ledger.ReadScope;
import coop.essaim.kernel.module.ModuleRegistry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The {@link LedgerReports} service: checks who may read what and the period, then has the database sum or
 * page the postings ({@link TrialBalances}, {@link GeneralLedgerPages}, {@link Statements}). Read-only.
 */
public final class KernelLedgerReports implements LedgerReports {

    private final ModuleStore store;
    private final CooperativeDirectory cooperatives;
    private final CooperativeCharts charts;
    private final ActivityAccess access;

    public KernelLedgerReports(ModuleStore store, CooperativeDirectory cooperatives, ModuleRegistry registry,
                               ActivityAccess access) {
        this.store = store;
        this.cooperatives = cooperatives;
        this.charts = new CooperativeCharts(registry);
        this.access = access;
    }

    @Override
    public List<Account> accounts(UserContext user) {
        ReadScope.of(user, access);
        return chart(cooperative(user)).values().stream().sorted(Comparator.comparing(Account::code)).toList();
    }

    @Override
    public TrialBalance trialBalance(UserContext user, ReportQuery query) {
        ReportContext ctx = context(user, query.activityId(), true);
        checkPeriod(user, query, true);
        return store.read(em -> TrialBalances.of(em, ctx, query.from(), query.to(), query.activityId(), false));
    }

    @Override
    public TrialBalance trialBalanceByActivity(UserContext user, ReportQuery query) {
        ReportContext ctx = context(user, query.activityId(), true);
        checkPeriod(user, query, true);
        return store.read(em -> TrialBalances.of(em, ctx, query.from(), query.to(), query.activityId(), true));
    }

    @Override
    public GeneralLedger generalLedger(UserContext user, ReportQuery query, int offset, int limit) {
        ReportContext ctx = context(user, query.activityId(), false);
        checkPeriod(user, query, true);
        if (query.accountCode() != null && !ctx.chart().containsKey(query.accountCode())) {
            throw ReportMessages.refusal(user.locale(), "account", "report.account.unknown", query.accountCode());
        }
        if (offset < 0) {
            throw ReportMessages.refusal(user.locale(), "offset", "report.offset");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw ReportMessages.refusal(user.locale(), "limit", "report.limit", MAX_PAGE);
        }
        return store.read(em -> GeneralLedgerPages.page(em, ctx, query, offset, limit));
    }

    @Override
    public BalanceSheet balanceSheet(UserContext user, LocalDate date) {
        ReportContext ctx = context(user, null, false);
        if (date == null) {
            throw ReportMessages.refusal(user.locale(), "date", "report.date.required");
        }
        return store.read(em -> Statements.balanceSheet(em, ctx, date, user.locale()));
    }

    @Override
    public IncomeStatement incomeStatement(UserContext user, ReportQuery query) {
        ReportContext ctx = context(user, query.activityId(), true);
        checkPeriod(user, query, false);
        return store.read(em -> Statements.incomeStatement(em, ctx, query.from(), query.to(), query.activityId(),
                user.locale()));
    }

    /**
     * A user restricted to their own activities reads only a report of one of them ({@code perActivity} reports
     * with the activity named); an activity they may not see is refused as one that does not exist.
     */
    private ReportContext context(UserContext user, Long activityId, boolean perActivity) {
        ReadScope scope = ReadScope.of(user, access);
        if (scope.restricted() && (!perActivity || activityId == null)) {
            throw new AccessDeniedException(LedgerPermissions.READ);
        }
        if (activityId != null && (!scope.sees(activityId) || !activityOfCooperative(user, activityId))) {
            throw ReportMessages.refusal(user.locale(), "activity", "report.activity.unknown");
        }
        Cooperative coop = cooperative(user);
        return new ReportContext(coop.id(), Currency.getInstance(coop.currency()), chart(coop), scope,
                coop.fiscalYearStartMonth());
    }

    private boolean activityOfCooperative(UserContext user, long activityId) {
        return store.read(em -> em.createQuery("select count(a) from Activity a where a.id = :id"
                        + " and a.cooperativeId = :coop", Long.class)
                .setParameter("id", activityId).setParameter("coop", user.cooperativeId()).getSingleResult() > 0);
    }

    /** Both dates, in order; {@code oneYear}: within the fiscal year of {@code from}, where its balances start. */
    private void checkPeriod(UserContext user, ReportQuery q, boolean oneYear) {
        if (q.from() == null) {
            throw ReportMessages.refusal(user.locale(), "from", "report.from.required");
        }
        if (q.to() == null || q.to().isBefore(q.from())) {
            throw ReportMessages.refusal(user.locale(), "to", "report.to.order");
        }
        if (oneYear) {
            FiscalYear year = FiscalYear.containing(q.from(), cooperative(user).fiscalYearStartMonth());
            if (q.to().isAfter(year.end())) {
                throw ReportMessages.refusal(user.locale(), "to", "report.to.oneYear", year.end());
            }
        }
    }

    private Map<String, Account> chart(Cooperative coop) {
        return charts.chartOf(coop.country()).orElse(Map.of());
    }

    private Cooperative cooperative(UserContext user) {
        return cooperatives.find(user.cooperativeId()).orElseThrow(() -> new IllegalStateException("user "
                + user.login() + ": cooperative " + user.cooperativeId() + " does not exist"));
    }
}
