package coop.essaim.payroll.internal.run;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayrollRuns;
import coop.essaim.payroll.internal.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Runs started from a page, computed or validated on the module's own thread so that the page can show how far
 * they are (a run of thousands of payslips takes minutes). One job per cooperative and month at a time; jobs
 * run one after the other. A job's outcome stays until the user who started it has read it. Nothing of a job
 * needs to survive a restart: computing writes the draft in one transaction, and validating again after an
 * interruption posts only what is missing.
 */
public final class RunJobs {

    private static final Logger LOG = LoggerFactory.getLogger(RunJobs.class);
    private static final Map<ModuleContext, RunJobs> STARTED = new ConcurrentHashMap<>();

    public enum Kind { COMPUTE, VALIDATE }

    public enum State { WAITING, RUNNING, DONE, FAILED }

    /** What a page reads of a job; the counts move while it runs. */
    public static final class Job {

        private final Kind kind;
        private final YearMonth month;
        private final long startedBy;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger total = new AtomicInteger(-1);
        private volatile State state = State.WAITING;
        private volatile PayrollRun result;
        private volatile ValidationException refusal;

        private Job(Kind kind, YearMonth month, long startedBy) {
            this.kind = kind;
            this.month = month;
            this.startedBy = startedBy;
        }

        public Kind kind() {
            return kind;
        }

        public YearMonth month() {
            return month;
        }

        public long startedBy() {
            return startedBy;
        }

        public State state() {
            return state;
        }

        public boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }

        public int done() {
            return done.get();
        }

        /** -1 until the job knows how many payslips it has. */
        public int total() {
            return total.get();
        }

        /** When DONE. */
        public Optional<PayrollRun> result() {
            return Optional.ofNullable(result);
        }

        /** When FAILED: why, in the language of the user who started it. */
        public Optional<ValidationException> refusal() {
            return Optional.ofNullable(refusal);
        }
    }

    private record Key(long cooperativeId, YearMonth month) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "essaim-payroll-runs");
        t.setDaemon(true);
        return t;
    });
    private final Map<Key, Job> jobs = new ConcurrentHashMap<>();

    RunJobs() {
    }

    /** Made when the payroll module starts, for its context. */
    public static void started(ModuleContext context) {
        STARTED.put(context, new RunJobs());
    }

    /** When the module stops: a job under way is interrupted between two payslips' database writes. */
    public static void stopped(ModuleContext context) {
        RunJobs jobs = STARTED.remove(context);
        if (jobs != null) {
            jobs.worker.shutdownNow();
            try {
                if (!jobs.worker.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("payroll: a run did not stop within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static RunJobs of(ModuleContext context) {
        RunJobs jobs = STARTED.get(context);
        if (jobs == null) {
            throw new IllegalStateException("payroll: the module is not started");
        }
        return jobs;
    }

    /**
     * Starts computing or validating the month, or returns the job already under way for it. The permission is
     * checked here, before anything is queued; every other refusal comes as the job's {@link Job#refusal}.
     */
    public Job start(UserContext actor, YearMonth month, Kind kind, PayrollRuns runs) {
        actor.require(PayrollPermissions.RUN);
        Key key = new Key(actor.cooperativeId(), month);
        Job[] created = new Job[1];
        Job job = jobs.compute(key, (k, current) -> {
            if (current != null && !current.finished()) {
                return current;
            }
            created[0] = new Job(kind, month, actor.userId());
            return created[0];
        });
        if (created[0] != null) {
            BiFunction<UserContext, YearMonth, PayrollRun> work = kind == Kind.COMPUTE
                    ? (a, m) -> runs.compute(a, m, (done, total) -> progress(job, done, total))
                    : (a, m) -> runs.validate(a, m, (done, total) -> progress(job, done, total));
            worker.execute(() -> execute(job, actor, work));
        }
        return job;
    }

    /** The month's job, running or finished and not yet read. */
    public Optional<Job> job(long cooperativeId, YearMonth month) {
        return Optional.ofNullable(jobs.get(new Key(cooperativeId, month)));
    }

    /** The user who started the job has seen its outcome: it is forgotten. */
    public void read(UserContext reader, Job job) {
        if (job.finished() && job.startedBy == reader.userId()) {
            jobs.remove(new Key(reader.cooperativeId(), job.month), job);
        }
    }

    private static void progress(Job job, int done, int total) {
        job.total.set(total);
        job.done.set(done);
    }

    private static void execute(Job job, UserContext actor, BiFunction<UserContext, YearMonth, PayrollRun> work) {
        job.state = State.RUNNING;
        try {
            job.result = work.apply(actor, job.month);
            job.state = State.DONE;
        } catch (ValidationException refused) {
            job.refusal = refused;
            job.state = State.FAILED;
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("payroll: the {} of {} failed (reference {})", job.kind, job.month, reference, e);
            job.refusal = new ValidationException("month", new Messages(actor.locale()).text("error.run.failed",
                    reference));
            job.state = State.FAILED;
        }
    }
}
