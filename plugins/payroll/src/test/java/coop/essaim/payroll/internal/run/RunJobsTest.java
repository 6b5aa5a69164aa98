package coop.essaim.payroll.internal.run;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayrollRuns;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunProgress;
import coop.essaim.payroll.api.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs started from the pages, on the module's thread, with a stand-in for the runs' service. */
public class RunJobsTest {

    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final UserContext ACCOUNTANT = user(7, Set.of(PayrollPermissions.RUN, PayrollPermissions.VIEW_ALL));
    private static final UserContext COLLEAGUE = user(8, Set.of(PayrollPermissions.RUN, PayrollPermissions.VIEW_ALL));

    private final RunJobs jobs = new RunJobs();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch reached = new CountDownLatch(1);
    private final AtomicInteger computations = new AtomicInteger();

    @AfterEach
    void letGo() {
        release.countDown();
    }

    @Test
    void aRunningJobShowsHowFarItIsThenItsOutcomeOnceToWhoeverStartedIt() throws Exception {
        PayrollRuns runs = stub(() -> run(MARCH));
        RunJobs.Job job = jobs.start(ACCOUNTANT, MARCH, RunJobs.Kind.COMPUTE, runs);
        assertTrue(reached.await(30, TimeUnit.SECONDS));
        assertEquals(RunJobs.State.RUNNING, job.state());
        assertEquals(3, job.done());
        assertEquals(10, job.total());
        assertSame(job, jobs.start(COLLEAGUE, MARCH, RunJobs.Kind.VALIDATE, runs), "one job per month at a time");
        assertEquals(RunJobs.Kind.COMPUTE, job.kind());

        release.countDown();
        await(job::finished);
        assertEquals(RunJobs.State.DONE, job.state());
        assertEquals(MARCH, job.result().orElseThrow().month());
        assertEquals(1, computations.get());
        jobs.read(COLLEAGUE, job);
        assertSame(job, jobs.job(ACCOUNTANT.cooperativeId(), MARCH).orElseThrow(), "kept for whoever started it");
        jobs.read(ACCOUNTANT, job);
        assertTrue(jobs.job(ACCOUNTANT.cooperativeId(), MARCH).isEmpty());
    }

    @Test
    void aRefusalIsTheJobsOutcome() {
        release.countDown();
        RunJobs.Job job = jobs.start(ACCOUNTANT, MARCH, RunJobs.Kind.COMPUTE, stub(() -> {
            throw new ValidationException("month", "La paie de 2027-03 est validée");
        }));
        await(job::finished);
        assertEquals(RunJobs.State.FAILED, job.state());
        assertEquals("La paie de 2027-03 est validée", job.refusal().orElseThrow().errors().get(0).message());
        assertTrue(job.result().isEmpty());
    }

    @Test
    void anUnexpectedErrorIsToldWithTheReferenceOfItsLogEntry() {
        release.countDown();
        RunJobs.Job job = jobs.start(ACCOUNTANT, MARCH, RunJobs.Kind.VALIDATE, stub(() -> {
            throw new IllegalStateException("the database went away");
        }));
        await(job::finished);
        String message = job.refusal().orElseThrow().errors().get(0).message();
        assertTrue(message.matches(".*sans rien faire deux fois.*référence [0-9a-f]{8}\\."), message);
        assertFalse(message.contains("database"), "the cause stays in the log");
    }

    @Test
    void aFinishedJobMakesWayForTheNextOne() {
        release.countDown();
        PayrollRuns runs = stub(() -> run(MARCH));
        RunJobs.Job first = jobs.start(ACCOUNTANT, MARCH, RunJobs.Kind.COMPUTE, runs);
        await(first::finished);
        RunJobs.Job second = jobs.start(ACCOUNTANT, MARCH, RunJobs.Kind.VALIDATE, runs);
        assertFalse(first == second);
        await(second::finished);
        assertEquals(RunJobs.Kind.VALIDATE, second.kind());
    }

    @Test
    void withoutThePermissionNothingIsQueued() {
        UserContext adviser = user(9, Set.of(PayrollPermissions.VIEW_ALL));
        assertThrows(AccessDeniedException.class, () -> jobs.start(adviser, MARCH, RunJobs.Kind.COMPUTE,
                stub(() -> run(MARCH))));
        assertTrue(jobs.job(adviser.cooperativeId(), MARCH).isEmpty());
        assertEquals(0, computations.get());
    }

    private PayrollRuns stub(Supplier<PayrollRun> outcome) {
        return new PayrollRuns() {
            @Override
            public PayrollRun compute(UserContext actor, YearMonth month, RunProgress progress) {
                return work(progress);
            }

            @Override
            public PayrollRun validate(UserContext actor, YearMonth month, RunProgress progress) {
                return work(progress);
            }

            private PayrollRun work(RunProgress progress) {
                computations.incrementAndGet();
                progress.advanced(3, 10);
                reached.countDown();
                try {
                    assertTrue(release.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return outcome.get();
            }

            @Override
            public Optional<PayrollRun> run(UserContext actor, YearMonth month) {
                return Optional.empty();
            }

            @Override
            public List<PayslipRecord> ownPayslips(UserContext actor) {
                return List.of();
            }

            @Override
            public Optional<PayslipRecord> payslip(UserContext actor, long payslipId) {
                return Optional.empty();
            }
        };
    }

    private static PayrollRun run(YearMonth month) {
        return new PayrollRun(1, month, RunStatus.DRAFT, null, "compta", null, null, List.of(), List.of());
    }

    private static UserContext user(long id, Set<String> permissions) {
        return new UserContext(id, "user" + id, "User " + id, 1, Set.of("accountant"), permissions, Locale.FRENCH);
    }

    /** The job runs on its own thread: wait for it, within a bound that only a hung job reaches. */
    public static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the job did not finish within 60 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
