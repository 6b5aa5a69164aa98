package coop.essaim.treasuryadvances.internal.advance;

import coop.essaim.api.money.Money;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.Instalment;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sums and states the rules and the pages read, on the caller's entity manager so an approval reads them
 * inside its locked transaction. Overdue: a due instalment (or the final due date of an advance repaid from
 * receipts) has passed while less than what was due by then has come back.
 */
final class AdvanceFigures {

    private static final List<String> EXPOSED = List.of(AdvanceStatus.APPROVED.name(), AdvanceStatus.DISBURSED.name());

    private AdvanceFigures() {
    }

    /** What approved and disbursed advances of the cooperative still owe (all of it for an approved one). */
    static long cooperativeExposure(EntityManager em, long cooperativeId) {
        // a Number: the sum of an expression is a BigDecimal on PostgreSQL, a Long on Derby
        Object sum = em.createQuery("select sum(a.amountMinor - a.repaidMinor - a.writtenOffMinor) from"
                        + " TreasuryAdvance a where a.cooperativeId = :c and a.status in :s")
                .setParameter("c", cooperativeId).setParameter("s", EXPOSED).getSingleResult();
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    static List<AdvanceEntity> exposedOf(EntityManager em, long cooperativeId, long activityId) {
        return em.createQuery("select a from TreasuryAdvance a where a.cooperativeId = :c and a.activityId = :act"
                        + " and a.status in :s order by a.id", AdvanceEntity.class).setParameter("c", cooperativeId)
                .setParameter("act", activityId).setParameter("s", EXPOSED).getResultList();
    }

    static long activityOutstanding(EntityManager em, long cooperativeId, long activityId) {
        return exposedOf(em, cooperativeId, activityId).stream().mapToLong(AdvanceEntity::balanceMinor).sum();
    }

    static boolean activityOverdue(EntityManager em, long cooperativeId, long activityId, LocalDate today) {
        List<AdvanceEntity> found = exposedOf(em, cooperativeId, activityId);
        Map<Long, List<InstalmentEntity>> schedules = instalments(em, found.stream().map(a -> a.id).toList());
        return found.stream().anyMatch(a -> overdue(a, schedules.getOrDefault(a.id, List.of()), today));
    }

    static boolean overdue(AdvanceEntity a, List<InstalmentEntity> schedule, LocalDate today) {
        if (!AdvanceStatus.DISBURSED.name().equals(a.status) || a.balanceMinor() == 0) {
            return false;
        }
        if (RepaymentMode.SCHEDULE.name().equals(a.repaymentMode)) {
            long dueByNow = schedule.stream().filter(i -> i.dueOn.isBefore(today)).mapToLong(i -> i.amountMinor).sum();
            return dueByNow > a.repaidMinor + a.writtenOffMinor;
        }
        return a.dueOn.isBefore(today);
    }

    static Map<Long, List<InstalmentEntity>> instalments(EntityManager em, List<Long> advanceIds) {
        if (advanceIds.isEmpty()) {
            return Map.of();
        }
        List<InstalmentEntity> rows = new ArrayList<>();
        for (int i = 0; i < advanceIds.size(); i += 500) {
            rows.addAll(em.createQuery("select i from TreasuryAdvanceInstalment i where i.advanceId in :ids"
                            + " order by i.dueOn", InstalmentEntity.class)
                    .setParameter("ids", advanceIds.subList(i, Math.min(advanceIds.size(), i + 500))).getResultList());
        }
        return rows.stream().collect(Collectors.groupingBy(i -> i.advanceId));
    }

    static List<TreasuryAdvance> records(EntityManager em, List<AdvanceEntity> found, LocalDate today) {
        Map<Long, List<InstalmentEntity>> schedules = instalments(em, found.stream().map(a -> a.id).toList());
        return found.stream().map(a -> toRecord(a, schedules.getOrDefault(a.id, List.of()), today)).toList();
    }

    static TreasuryAdvance toRecord(AdvanceEntity a, List<InstalmentEntity> schedule, LocalDate today) {
        Currency c = Currency.getInstance(a.currency);
        List<String> invoices = a.invoiceReferences == null ? List.of()
                : Arrays.asList(a.invoiceReferences.split("\n"));
        return new TreasuryAdvance(a.id, a.cooperativeId, a.activityId, AdvanceKind.valueOf(a.kind),
                Money.of(a.amountMinor, c), a.reason, invoices, RepaymentMode.valueOf(a.repaymentMode), a.receiptShare,
                a.dueOn, schedule.stream().map(i -> new Instalment(i.dueOn, Money.of(i.amountMinor, c))).toList(),
                a.automatic, AdvanceStatus.valueOf(a.status), a.decisionReasons,
                a.decidedAt == null ? null : a.decidedAt.toInstant(ZoneOffset.UTC), a.decidedBy, a.disbursedOn,
                a.disbursementEntryId, Money.of(a.repaidMinor, c), Money.of(a.writtenOffMinor, c), a.writeOffEntryId, a.writtenOffOn,
                Money.of(a.balanceMinor(), c), overdue(a, schedule, today), a.createdAt.toInstant(ZoneOffset.UTC),
                a.createdBy);
    }
}
