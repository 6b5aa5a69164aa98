package coop.essaim.payroll.internal.run;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.payroll.internal.Months;
import jakarta.persistence.EntityManager;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The stored runs, read back as records; no permission checks (the services check before calling). */
public final class RunLedger {

    private final ModuleStore store;

    public RunLedger(ModuleStore store) {
        this.store = store;
    }

    public boolean validated(long cooperativeId, YearMonth month) {
        return store.read(em -> entity(em, cooperativeId, month).map(r -> r.status == RunStatus.VALIDATED)
                .orElse(false));
    }

    /**
     * Validated, or its validation begun: some payslips already posted. Such a draft is finished by validating
     * again, never computed again or changed (its posted entries carry the amounts they were posted with).
     */
    public boolean validationStarted(long cooperativeId, YearMonth month) {
        return store.read(em -> entity(em, cooperativeId, month).map(r -> r.status == RunStatus.VALIDATED
                || em.createQuery("select count(p) from PayrollPayslip p where p.runId = :r and p.entryId is not null",
                        Long.class).setParameter("r", r.id).getSingleResult() > 0).orElse(false));
    }

    public Optional<PayrollRun> find(long cooperativeId, YearMonth month) {
        return store.read(em -> entity(em, cooperativeId, month).map(r -> toRecord(em, r)));
    }

    public Optional<PayslipRecord> payslip(long cooperativeId, long payslipId) {
        return store.read(em -> Optional.ofNullable(em.find(PayslipEntity.class, payslipId))
                .filter(p -> p.cooperativeId == cooperativeId).map(p -> p.toRecord(jobIdsOf(em, p.id))));
    }

    /** The payslip's person's login, as recorded when it was computed. */
    public Optional<Long> personUserId(long cooperativeId, long payslipId) {
        return store.read(em -> Optional.ofNullable(em.find(PayslipEntity.class, payslipId))
                .filter(p -> p.cooperativeId == cooperativeId).map(p -> p.personUserId));
    }

    public List<PayslipRecord> payslipsOfUser(long cooperativeId, long userId) {
        return store.read(em -> em.createQuery("select p from PayrollPayslip p, PayrollRun r where r.id = p.runId"
                        + " and p.cooperativeId = :c and p.personUserId = :u and r.status = :s"
                        + " order by p.month desc, p.id", PayslipEntity.class)
                .setParameter("c", cooperativeId).setParameter("u", userId).setParameter("s", RunStatus.VALIDATED)
                .getResultList().stream().map(p -> p.toRecord(jobIdsOf(em, p.id))).toList());
    }

    static Optional<PayrollRunEntity> entity(EntityManager em, long cooperativeId, YearMonth month) {
        return em.createQuery("select r from PayrollRun r where r.cooperativeId = :c and r.month = :m",
                        PayrollRunEntity.class).setParameter("c", cooperativeId)
                .setParameter("m", Months.firstDay(month)).getResultStream().findFirst();
    }

    static List<PayslipEntity> payslips(EntityManager em, long runId) {
        return em.createQuery("select p from PayrollPayslip p where p.runId = :r order by p.activityName,"
                + " p.personName, p.id", PayslipEntity.class).setParameter("r", runId).getResultList();
    }

    static PayrollRun toRecord(EntityManager em, PayrollRunEntity r) {
        Map<Long, List<Long>> jobs = jobIdsOfRun(em, r.id);
        List<PayslipRecord> payslips = payslips(em, r.id).stream()
                .map(p -> p.toRecord(jobs.getOrDefault(p.id, List.of()))).toList();
        List<RunNoticeEntity> notices = em.createQuery("select n from PayrollRunNotice n where n.runId = :r"
                + " order by n.activityName, n.personName", RunNoticeEntity.class).setParameter("r", r.id)
                .getResultList();
        return new PayrollRun(r.id, Months.of(r.month), r.status, r.computedAt.toInstant(ZoneOffset.UTC),
                r.computedBy, r.validatedAt == null ? null : r.validatedAt.toInstant(ZoneOffset.UTC), r.validatedBy,
                payslips, notices.stream().map(RunNoticeEntity::toRecord).toList());
    }

    /** The short jobs each payslip of the run pays, by payslip, in one query. */
    static Map<Long, List<Long>> jobIdsOfRun(EntityManager em, long runId) {
        Map<Long, List<Long>> out = new TreeMap<>();
        for (PayslipJobEntity l : em.createQuery("select l from PayrollPayslipJob l where l.runId = :r"
                + " order by l.payslipId, l.jobId", PayslipJobEntity.class).setParameter("r", runId).getResultList()) {
            out.computeIfAbsent(l.payslipId, k -> new ArrayList<>()).add(l.jobId);
        }
        return out;
    }

    static List<Long> jobIdsOf(EntityManager em, long payslipId) {
        return em.createQuery("select l.jobId from PayrollPayslipJob l where l.payslipId = :p order by l.jobId",
                Long.class).setParameter("p", payslipId).getResultList();
    }
}
