package coop.essaim.bench;

import coop.essaim.api.ledger.JournalImport;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.LedgerJournals;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.ImportMode;
import coop.essaim.api.people.ImportReport;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PeopleImport;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.SalaryPlanDraft;
import coop.essaim.payroll.internal.Payroll;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static coop.essaim.bench.LedgerBench.ms;
import static coop.essaim.bench.LedgerBench.report;

/**
 * {@code ./essaim bench payroll}: N salaried entrepreneurs (20,000 by default), each with an activity, an
 * open-ended contract and its employment terms (35 h a week at a loaded 25 € an hour), one sale giving the
 * activity its turnover (seeded amount) and a smoothed salary plan over 12 months; then one monthly run,
 * computed and validated, timed and checked (one payslip and one payroll entry per person), beside plain JDBC
 * batch inserts of the same rows into scratch tables of the same columns in the same database.
 */
public final class PayrollBench {

    static final YearMonth MONTH = YearMonth.of(2026, 6);
    static final LocalDate SALARIED = LocalDate.of(2026, 1, 5);
    private static final Money HOURLY_COST = Money.of(2500, "EUR");
    private static final double TARGET = 3.0;

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> opt = LedgerBench.options(args);
        int count = Integer.parseInt(opt.getOrDefault("people", "20000"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "42"));
        int batch = Integer.parseInt(opt.getOrDefault("batch", "500"));
        Path work = Path.of(opt.getOrDefault("work", Files.createTempDirectory("essaim-bench-").toString()));
        Path plugins = Path.of(opt.get("plugins"));

        try (BenchInstallation install = new BenchInstallation(work.resolve("home"), plugins)) {
            UserContext admin = install.admin;
            // the bench acts as the administrator, lent the accountant's payroll permissions for the plans and run
            UserContext accountant = admin.lending(PayrollPermissions.PLAN).lending(PayrollPermissions.RUN);
            Payroll payroll = Payroll.of(install.kernel.modules().context("payroll")
                    .orElseThrow(() -> new IllegalStateException("the payroll plugin is not in " + plugins)));

            long setup = System.nanoTime();
            long t0 = System.nanoTime();
            List<Activity> activities = populate(install, count);
            report("people and activities import: %,d salaried members, one activity each", ms(t0), count);

            People people = install.kernel.service(People.class);
            t0 = System.nanoTime();
            for (Activity a : activities) {
                people.amendEmploymentTerms(admin, a.memberIds().get(0), new EmploymentTerms(SALARIED,
                        new BigDecimal("35"), EmploymentTerms.Per.WEEK, HOURLY_COST, "Banc : CESA"));
            }
            report("employment terms: %,d (one service call each)", ms(t0), count);

            t0 = System.nanoTime();
            JournalImportResult sales = turnover(install, work, count, seed);
            report("turnover: %,d sales imported (one per activity)", ms(t0), sales.entriesPosted());

            CooperativeSettings settings = install.kernel.service(CooperativeSettings.class);
            settings.change(admin, "payroll.accident-rate", "2.12");
            settings.change(admin, "payroll.headcount", Integer.toString(Math.max(1, count)));

            t0 = System.nanoTime();
            for (Activity a : activities) {
                payroll.plans().decide(accountant, SalaryPlanDraft.smoothed(a.id(), a.memberIds().get(0), MONTH, 12,
                        "Banc : étalement sur douze mois"));
            }
            long decideMs = ms(t0);
            report("salary plans: %,d decided through SalaryPlans.decide (%.1f ms each)", decideMs, count,
                    decideMs / (double) count);
            report("setup in all (not the figure)", ms(setup));

            System.gc();
            PayrollRun computed;
            long computeMs;
            try (HeapWatch heap = new HeapWatch()) {
                t0 = System.nanoTime();
                computed = payroll.runs().compute(accountant, MONTH);
                computeMs = ms(t0);
                report("run %s: compute, %,d payslips (%,d notices)", computeMs, MONTH, computed.payslips().size(),
                        computed.notices().size());
                report("  " + heap.summary(), 0);
            }
            System.gc();
            PayrollRun validated;
            long validateMs;
            try (HeapWatch heap = new HeapWatch()) {
                t0 = System.nanoTime();
                validated = payroll.runs().validate(accountant, MONTH);
                validateMs = ms(t0);
                report("run %s: validate, %s", validateMs, MONTH, validated.status());
                report("  " + heap.summary(), 0);
            }
            RawInserts raw = new RawInserts(work.resolve("home"), batch);
            check(count, computed, validated, raw.payrollEntries());
            long runMs = computeMs + validateMs;
            report("the run: compute + validate", runMs);

            RawInserts.Result inserted = raw.insertRunRows();
            report("raw JDBC: %,d payslips + %,d lines, %,d entries + %,d postings, batches of %,d",
                    inserted.millis(), inserted.payslips(), inserted.lines(), inserted.entries(), inserted.postings(),
                    batch);
            double ratio = runMs / (double) inserted.millis();
            report(String.format(Locale.ROOT, "run vs raw inserts: %.1f× (target within %.0f×): %s", ratio, TARGET,
                    ratio <= TARGET ? "met" : "missed"), 0);
        }
    }

    /** A site, N members salaried since {@link #SALARIED} and one activity each, through the people CSV import. */
    private static List<Activity> populate(BenchInstallation install, int count) {
        UserContext admin = install.admin;
        install.kernel.service(People.class).createEstablishment(admin, new EstablishmentDetails("Banc", Address.NONE));
        StringBuilder members = new StringBuilder("given_name,family_name,email,site,reception,support_agreement,"
                + "support_agreement_end,salaried\n");
        StringBuilder acts = new StringBuilder("name,trade,start,analytic_code,members\n");
        LocalDate reception = SALARIED.minusMonths(4);
        for (int i = 0; i < count; i++) {
            String code = Journals.code(i);
            String email = code.toLowerCase(Locale.ROOT) + "@bench.invalid";
            members.append("Membre,").append(code).append(',').append(email).append(",Banc,").append(reception)
                    .append(',').append(reception.plusDays(20)).append(',').append(reception.plusDays(20).plusYears(1)
                            .minusDays(1)).append(',').append(SALARIED).append('\n');
            acts.append("Activité ").append(code).append(",conseil,").append(SALARIED).append(',').append(code)
                    .append(',').append(email).append('\n');
        }
        PeopleImport imports = install.kernel.service(PeopleImport.class);
        written(imports.importPeople(admin, new StringReader(members.toString()), ImportMode.ALL_OR_NOTHING));
        written(imports.importActivities(admin, new StringReader(acts.toString()), ImportMode.ALL_OR_NOTHING));
        List<Activity> out = install.kernel.service(Activities.class).list(admin, null, ActivityStatus.ACTIVE)
                .stream().filter(a -> a.memberIds().size() == 1).toList();
        if (out.size() != count) {
            throw new IllegalStateException("expected " + count + " activities of one member, found " + out.size());
        }
        return out;
    }

    /** One sale per activity between January and May (5,000 to 45,000 € excluding VAT), imported as a journal. */
    private static JournalImportResult turnover(BenchInstallation install, Path work, int count, long seed)
            throws Exception {
        Path journal = work.resolve("sales.ledger");
        Journals.sales(journal, count, seed, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 5, 20), 500_000,
                4_500_000);
        try (Reader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            return install.kernel.service(LedgerJournals.class).importJournal(install.admin,
                    new JournalImport(install.admin.cooperativeId(), journal.getFileName().toString(), "bench"), in);
        }
    }

    private static void check(int count, PayrollRun computed, PayrollRun validated, long entriesInBooks) {
        long posted = validated.payslips().stream().map(PayslipRecord::entryId).filter(id -> id != null).distinct()
                .count();
        boolean ok = computed.payslips().size() == count && validated.payslips().size() == count && posted == count
                && entriesInBooks == count;
        report("check: %,d payslips, %,d with their entry, %,d payroll entries in the books: %s", 0,
                validated.payslips().size(), posted, entriesInBooks, ok ? "as expected" : "NOT " + count);
        if (!ok) {
            throw new IllegalStateException("the run did not pay each of the " + count + " members once");
        }
    }

    private static void written(ImportReport report) {
        if (!report.written()) {
            throw new IllegalStateException("the bench population was refused: " + report.problems().subList(0,
                    Math.min(5, report.problems().size())));
        }
    }
}
