package coop.essaim.treasuryadvances.internal.advance;

import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;
import coop.essaim.treasuryadvances.internal.rule.RuleBook;
import coop.essaim.treasuryadvances.internal.rule.RuleEdition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The exposure for the board, accounting and the partners' committee: what advances owe in all and per activity,
 * by age since disbursement, the repayment rate, the overdue ones, against the limits in force, and month by month
 * over the last year (from the disbursements, repayments and write-offs themselves, never from a cached total).
 */
public final class Exposure {

    /** Upper bounds in days of the ageing buckets; the last bucket is older. */
    public static final List<Integer> AGES = List.of(30, 90, 180);

    private final ModuleStore store;
    private final AdvanceBook book;
    private final RuleBook rules;
    private final CoreFigures core;
    private final Clock clock;

    public Exposure(ModuleStore store, AdvanceBook book, RuleBook rules, CoreFigures core, Clock clock) {
        this.store = store;
        this.book = book;
        this.rules = rules;
        this.core = core;
        this.clock = clock;
    }

    /**
     * {@code ceiling}: the cooperative-wide ceiling in force (empty when it depends on a treasury the reader may not
     * see); {@code repaymentRate}: percent of what was disbursed that came back; {@code ageing}: outstanding per
     * bucket of {@link #AGES}; {@code months}: outstanding at each month's end.
     */
    public record Report(LocalDate today, Money outstanding, Money approvedNotDisbursed, Optional<Money> ceiling,
                         Money activityCeiling, Map<Long, Money> perActivity, List<Money> ageing,
                         BigDecimal repaymentRate, List<TreasuryAdvance> overdue, Map<YearMonth, Money> months,
                         List<Year> years) {
    }

    /**
     * One calendar year for the partners' committee: requests made, approved (by the board, a delegate or the
     * automatic rule) and rejected that year; what was disbursed, repaid and written off that year.
     */
    public record Year(int year, int requested, int approved, int rejected, Money disbursed, Money repaid,
                       Money writtenOff) {
    }

    public Report report(UserContext actor, Currency currency) {
        actor.require(TreasuryAdvancePermissions.EXPOSURE);
        if (actor.confinedToOwnActivities()) {
            throw new AccessDeniedException(TreasuryAdvancePermissions.EXPOSURE);
        }
        LocalDate today = LocalDate.now(clock);
        List<TreasuryAdvance> all = book.all(actor.lending(TreasuryAdvancePermissions.MANAGE), null);
        long outstanding = 0;
        long approved = 0;
        long disbursed = 0;
        long repaid = 0;
        Map<Long, Money> perActivity = new TreeMap<>();
        long[] ageing = new long[AGES.size() + 1];
        List<TreasuryAdvance> overdue = new ArrayList<>();
        for (TreasuryAdvance a : all) {
            if (a.status() == AdvanceStatus.APPROVED) {
                approved += a.amount().minorUnits();
            }
            if (a.disbursedOn() == null) {
                continue;
            }
            disbursed += a.amount().minorUnits();
            repaid += a.repaid().minorUnits();
            if (a.status() == AdvanceStatus.DISBURSED) {
                outstanding += a.balance().minorUnits();
                perActivity.merge(a.activityId(), a.balance(), Money::plus);
                ageing[bucket(ChronoUnit.DAYS.between(a.disbursedOn(), today))] += a.balance().minorUnits();
                if (a.overdue()) {
                    overdue.add(a);
                }
            }
        }
        RuleEdition inForce = rules.inForce(actor.cooperativeId(), today);
        Optional<Money> ceiling = inForce.exposureBase() == RuleEdition.ExposureBase.FUND
                ? Optional.of(Money.of(inForce.fund(), currency))
                : core.cooperativeTreasury(actor, today, currency).map(t -> t.isPositive() ? t : Money.zero(currency));
        ceiling = ceiling.map(base -> base.times(inForce.exposureShare().movePointLeft(2), RoundingMode.DOWN));
        BigDecimal rate = disbursed == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(repaid * 100)
                .divide(BigDecimal.valueOf(disbursed), 1, RoundingMode.HALF_UP);
        List<Money> ages = java.util.Arrays.stream(ageing).mapToObj(v -> Money.of(v, currency)).toList();
        return new Report(today, Money.of(outstanding, currency), Money.of(approved, currency), ceiling,
                Money.of(inForce.activityCeiling(), currency), perActivity, ages, rate, overdue,
                months(actor, all, today, currency), years(actor, all, currency));
    }

    private static int bucket(long days) {
        for (int i = 0; i < AGES.size(); i++) {
            if (days <= AGES.get(i)) {
                return i;
            }
        }
        return AGES.size();
    }

    /** The outstanding at the end of each of the last twelve months, the current one to date. */
    private Map<YearMonth, Money> months(UserContext actor, List<TreasuryAdvance> all, LocalDate today,
                                         Currency currency) {
        List<Object[]> repayments = store.read(em -> em.createQuery("select r.paidOn, r.amountMinor from"
                        + " TreasuryAdvanceRepayment r where r.cooperativeId = :c", Object[].class)
                .setParameter("c", actor.cooperativeId()).getResultList());
        Map<YearMonth, Money> out = new TreeMap<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth month = YearMonth.from(today).minusMonths(i);
            LocalDate end = i == 0 ? today : month.atEndOfMonth();
            long lent = all.stream().filter(a -> a.disbursedOn() != null && !a.disbursedOn().isAfter(end))
                    .mapToLong(a -> a.amount().minorUnits()).sum();
            long back = repayments.stream().filter(r -> !((LocalDate) r[0]).isAfter(end))
                    .mapToLong(r -> (Long) r[1]).sum();
            long lost = all.stream().filter(a -> a.status() == AdvanceStatus.WRITTEN_OFF
                            && !writeOffDay(a).isAfter(end)).mapToLong(a -> a.writtenOff().minorUnits()).sum();
            out.put(month, Money.of(lent - back - lost, currency));
        }
        return out;
    }

    private List<Year> years(UserContext actor, List<TreasuryAdvance> all, Currency currency) {
        List<Object[]> repayments = store.read(em -> em.createQuery("select r.paidOn, r.amountMinor from"
                        + " TreasuryAdvanceRepayment r where r.cooperativeId = :c", Object[].class)
                .setParameter("c", actor.cooperativeId()).getResultList());
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        all.forEach(a -> years.add(a.requestedAt().atZone(java.time.ZoneOffset.UTC).getYear()));
        List<Year> out = new ArrayList<>();
        for (int y : years) {
            List<TreasuryAdvance> asked = all.stream().filter(a -> a.requestedAt().atZone(java.time.ZoneOffset.UTC)
                    .getYear() == y).toList();
            List<TreasuryAdvance> decided = all.stream().filter(a -> a.decidedAt() != null
                    && a.decidedAt().atZone(java.time.ZoneOffset.UTC).getYear() == y).toList();
            int rejected = (int) decided.stream().filter(a -> a.status() == AdvanceStatus.REJECTED).count();
            long disbursed = all.stream().filter(a -> a.disbursedOn() != null && a.disbursedOn().getYear() == y)
                    .mapToLong(a -> a.amount().minorUnits()).sum();
            long repaid = repayments.stream().filter(r -> ((LocalDate) r[0]).getYear() == y)
                    .mapToLong(r -> (Long) r[1]).sum();
            long lost = all.stream().filter(a -> a.writeOffOn() != null && a.writeOffOn().getYear() == y)
                    .mapToLong(a -> a.writtenOff().minorUnits()).sum();
            out.add(new Year(y, asked.size(), decided.size() - rejected, rejected, Money.of(disbursed, currency),
                    Money.of(repaid, currency), Money.of(lost, currency)));
        }
        return out;
    }

    private static LocalDate writeOffDay(TreasuryAdvance a) {
        return a.writeOffOn() == null ? LocalDate.MIN : a.writeOffOn();
    }
}
