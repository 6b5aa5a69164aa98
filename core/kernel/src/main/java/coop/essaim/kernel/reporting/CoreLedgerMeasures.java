package coop.essaim.kernel.reporting;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.ledger.ReportQuery;
import coop.essaim.api.ledger.TrialBalance;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.reporting.MeasureDefinition;
import coop.essaim.api.reporting.MeasureUnit;
import coop.essaim.api.reporting.MeasureValue;
import coop.essaim.api.reporting.ReportMeasureSource;
import coop.essaim.api.reporting.ReportScope;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.people.StructureActivity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The core's ledger measures, from one analytic trial balance of the period (sums the database groups by
 * account and activity), read with the ledger's rules ({@code core.ledger.read}):
 * <ul>
 * <li>turnover excl. VAT: the period's movements (credit minus debit) on the income accounts, less internal sales
 * between activities ({@link AccountRole#INTERNAL_SALES}), which the sale to the customer already counts;</li>
 * <li>loaded payroll: the movements (debit minus credit) on the salary cost accounts (gross salaries and employer
 * contributions, {@link AccountRole#SALARY_COST});</li>
 * <li>contributions: what the structure section received on the contribution account
 * ({@link AccountRole#CONTRIBUTION}, credited on the structure);</li>
 * <li>operating costs: the structure section's expenses other than the contribution account, salaries of the
 * permanent staff included;</li>
 * <li>self-financing rate: contributions ÷ operating costs × 100, to one decimal, half up; no value when the
 * structure had no costs.</li>
 * </ul>
 * For one site, turnover and payroll cover the activities that had a member of that site during the period; the
 * structure is the whole cooperative's, so its figures have no value per site.
 */
public final class CoreLedgerMeasures implements ReportMeasureSource {

    public static final String TURNOVER = "core.ledger.turnover";
    public static final String PAYROLL = "core.ledger.payroll";
    public static final String CONTRIBUTIONS = "core.ledger.contributions";
    public static final String OPERATING_COSTS = "core.ledger.operating-costs";
    public static final String SELF_FINANCING = "core.ledger.self-financing";

    private static final List<MeasureDefinition> DEFINITIONS = List.of(
            new MeasureDefinition(TURNOVER, "report.turnover", MeasureUnit.MONEY, 100),
            new MeasureDefinition(PAYROLL, "report.payroll", MeasureUnit.MONEY, 110),
            new MeasureDefinition(CONTRIBUTIONS, "report.contributions", MeasureUnit.MONEY, 120),
            new MeasureDefinition(OPERATING_COSTS, "report.operating-costs", MeasureUnit.MONEY, 130),
            new MeasureDefinition(SELF_FINANCING, "report.self-financing", MeasureUnit.PERCENT, 140));

    private final ModuleStore store;
    private final LedgerReports reports;

    public CoreLedgerMeasures(ModuleContext context) {
        this.store = context.store().orElseThrow(() -> new IllegalStateException("core: no persistence unit"));
        this.reports = context.service(LedgerReports.class);
    }

    @Override
    public List<MeasureDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public List<MeasureValue> compute(UserContext actor, ReportScope scope) {
        actor.require(LedgerPermissions.READ);
        Map<String, AccountRole> roles = reports.accounts(actor).stream()
                .collect(Collectors.toMap(Account::code, Account::role, (a, b) -> a));
        TrialBalance balance = reports.trialBalanceByActivity(actor, ReportQuery.period(scope.from(), scope.to()));
        Money zero = Money.zero(balance.currency());
        Predicate<Long> counted = scope.establishmentId() == null ? a -> true : siteActivities(scope)::contains;
        Money turnover = zero;
        Money payroll = zero;
        for (TrialBalance.Row row : balance.rows()) {
            if (row.activityId() == null || !counted.test(row.activityId())) {
                continue;
            }
            AccountRole role = roles.getOrDefault(row.accountCode(), AccountRole.GENERAL);
            if (row.kind() == AccountKind.INCOME && role != AccountRole.INTERNAL_SALES) {
                turnover = turnover.plus(row.credit()).minus(row.debit());
            } else if (row.kind() == AccountKind.EXPENSE && role == AccountRole.SALARY_COST) {
                payroll = payroll.plus(row.debit()).minus(row.credit());
            }
        }
        if (scope.establishmentId() != null) {
            return List.of(MeasureValue.money(TURNOVER, turnover), MeasureValue.money(PAYROLL, payroll),
                    MeasureValue.none(CONTRIBUTIONS), MeasureValue.none(OPERATING_COSTS),
                    MeasureValue.none(SELF_FINANCING));
        }
        Optional<Long> structure = store.read(em -> StructureActivity.find(em, scope.cooperativeId()));
        Money contributions = zero;
        Money costs = zero;
        for (TrialBalance.Row row : balance.rows()) {
            if (structure.isEmpty() || !structure.get().equals(row.activityId()) || row.kind() != AccountKind.EXPENSE) {
                continue;
            }
            if (roles.getOrDefault(row.accountCode(), AccountRole.GENERAL) == AccountRole.CONTRIBUTION) {
                contributions = contributions.plus(row.credit()).minus(row.debit());
            } else {
                costs = costs.plus(row.debit()).minus(row.credit());
            }
        }
        return List.of(MeasureValue.money(TURNOVER, turnover), MeasureValue.money(PAYROLL, payroll),
                MeasureValue.money(CONTRIBUTIONS, contributions), MeasureValue.money(OPERATING_COSTS, costs),
                MeasureValue.number(SELF_FINANCING, rate(contributions, costs)));
    }

    /** Contributions ÷ costs in percent, one decimal, half up: the one place this rate is rounded. */
    static BigDecimal rate(Money contributions, Money costs) {
        if (!costs.isPositive()) {
            return null;
        }
        return BigDecimal.valueOf(contributions.minorUnits()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(costs.minorUnits()), 1, RoundingMode.HALF_UP);
    }

    private Set<Long> siteActivities(ReportScope scope) {
        return store.read(em -> new HashSet<>(em.createQuery("select distinct m.activityId from ActivityMember m,"
                        + " Person p where p.id = m.personId and m.cooperativeId = :coop and p.cooperativeId = :coop"
                        + " and p.establishmentId = :site and m.joinedOn <= :to"
                        + " and (m.leftOn is null or m.leftOn >= :from)", Long.class)
                .setParameter("coop", scope.cooperativeId()).setParameter("site", scope.establishmentId())
                .setParameter("to", scope.to()).setParameter("from", scope.from()).getResultList()));
    }
}
