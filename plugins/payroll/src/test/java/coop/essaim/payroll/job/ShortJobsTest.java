package coop.essaim.payroll.job;

import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.payroll.api.SalaryPlanDraft;
import coop.essaim.payroll.internal.demo.PayrollDemo;
import coop.essaim.payroll.internal.job.DeclaredJob;
import coop.essaim.payroll.internal.job.JobBook;
import coop.essaim.payroll.internal.job.ShortJob;
import coop.essaim.payroll.internal.job.ShortJobDraft;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static coop.essaim.payroll.job.BelgianJobsFixture.day;
import static coop.essaim.payroll.job.BelgianJobsFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Short job contracts in the Belgian demo cooperative: declared one by one, refused by field with nothing stored,
 * paid by the month's run as one payslip per person and activity, computed by the Belgian rules on the jobs'
 * summed gross and hours. Each test works on its own month or activity, since a validated month is final.
 */
class ShortJobsTest {

    @RegisterExtension
    static EssaimTestKit essaim = BelgianJobsFixture.kit();

    private final BelgianJobsFixture fixture = new BelgianJobsFixture(essaim);

    private JobBook jobs() {
        return fixture.payroll().shortJobs();
    }

    @Test
    void twoDayJobsInNovemberGiveOnePayslipOfTheirSumPostedOnceAndThenPaid() {
        YearMonth november = YearMonth.of(2026, 11);
        long activity = fixture.activity(BelgianJobsFixture.ZOE_ACTIVITY).id();
        long zoe = fixture.hiredForJobs(BelgianJobsFixture.ZOE_ACTIVITY);
        DeclaredJob concert = jobs().declare(fixture.accountant(), day(activity, zoe, LocalDate.of(2026, 11, 14),
                "250.00", "Concert Ancienne Belgique 14/11"));
        DeclaredJob second = jobs().declare(fixture.accountant(), day(activity, zoe, LocalDate.of(2026, 11, 21),
                "250.00", "Concert Botanique 21/11"));
        DeclaredJob cancelled = jobs().declare(fixture.accountant(), day(activity, zoe, LocalDate.of(2026, 11, 28),
                "300.00", "Concert annulé 28/11"));
        assertEquals(ShortJob.Status.CANCELLED, jobs().cancel(fixture.accountant(), cancelled.job().id()).status());

        PayrollRules rules = fixture.payroll().rulebook().rules(fixture.accountant());
        EmployeeSituation eightHours = new EmployeeSituation(new BigDecimal("8"), false, 25, new BigDecimal("2.12"),
                0, null, Map.of());
        Payslip alone = rules.compute(november, eightHours, eur("250.00"));
        assertEquals(alone.netPaid(), concert.netPaid());
        assertEquals(alone.employerCost(), concert.employerCost());
        assertEquals(alone.employerCost(), concert.job().employerCost());
        assertEquals(ShortJob.Status.DECLARED, concert.job().status());

        PayrollRun draft = fixture.payroll().runs().compute(fixture.accountant(), november);
        List<PayslipRecord> zoes = draft.payslips().stream().filter(p -> p.activityId() == activity).toList();
        assertEquals(1, zoes.size(), draft.notices().toString());
        PayslipRecord paid = zoes.get(0);
        assertEquals(List.of(concert.job().id(), second.job().id()), paid.jobIds(), "the cancelled job is not paid");
        assertNull(paid.planId());
        assertEquals(eur("500.00"), paid.payslip().gross());
        assertEquals(0, new BigDecimal("16").compareTo(paid.hours()));
        Payslip expected = rules.compute(november, eightHours.withHours(new BigDecimal("16")), eur("500.00"));
        assertEquals(expected.lines().size(), paid.payslip().lines().size());
        for (int i = 0; i < expected.lines().size(); i++) {
            PayslipLine want = expected.lines().get(i);
            PayslipLine got = paid.payslip().lines().get(i);
            assertEquals(want.code(), got.code());
            assertEquals(want.base(), got.base(), want.code());
            assertEquals(want.employeeAmount(), got.employeeAmount(), want.code());
            assertEquals(want.employerAmount(), got.employerAmount(), want.code());
        }
        assertEquals(expected.netPaid(), paid.payslip().netPaid());
        assertEquals(expected.withholding(), paid.payslip().withholding());
        assertEquals(expected.employerCost(), paid.payslip().employerCost());
        assertEquals(List.of(concert.job().id(), second.job().id()),
                jobs().paidBy(fixture.accountant().cooperativeId(), paid.id()).stream().map(ShortJob::id).toList());

        assertEquals(0, entries(activity, november).size(), "a draft posts nothing");
        fixture.payroll().runs().validate(fixture.accountant(), november);
        List<ValidatedEntry> posted = entries(activity, november);
        assertEquals(1, posted.size());
        assertTrue(posted.get(0).lines().stream().anyMatch(l -> l.amount().equals(eur("500.00"))));
        PayrollRun again = fixture.payroll().runs().validate(fixture.accountant(), november);
        assertEquals(RunStatus.VALIDATED, again.status());
        assertEquals(1, entries(activity, november).size(), "validating again posts nothing");

        assertEquals(ShortJob.Status.PAID, jobs().find(fixture.accountant().cooperativeId(), concert.job().id())
                .orElseThrow().status());
        refused("id", () -> jobs().cancel(fixture.accountant(), concert.job().id()));
        assertEquals(ShortJob.Status.PAID, jobs().ofActivity(fixture.accountant(), activity, november).stream()
                .filter(j -> j.id() == concert.job().id()).findFirst().orElseThrow().status());
        int before = jobs().ofActivity(fixture.accountant(), activity, null).size();
        refused("firstDay", () -> jobs().declare(fixture.accountant(), day(activity, zoe, LocalDate.of(2026, 11, 29),
                "250.00", "Trop tard")));
        assertEquals(before, jobs().ofActivity(fixture.accountant(), activity, null).size());
    }

    @Test
    void eachRefusalNamesItsFieldAndStoresNothing() {
        long activity = fixture.activity(BelgianJobsFixture.ZOE_ACTIVITY).id();
        long zoe = fixture.hiredForJobs(BelgianJobsFixture.ZOE_ACTIVITY);
        long stranger = fixture.activity("Jardinage Antoine").memberIds().get(0);
        long noTerms = fixture.activity("Coaching professionnel Sarah").memberIds().get(0);
        long sarahs = fixture.activity("Coaching professionnel Sarah").id();
        LocalDate day = LocalDate.of(2027, 2, 10);
        int before = jobs().ofActivity(fixture.accountant(), activity, null).size();
        int sarahBefore = jobs().ofActivity(fixture.accountant(), sarahs, null).size();

        refused("personId", () -> declare(day(activity, stranger, day, "250.00", "Pas membre")));
        refused("personId", () -> declare(day(sarahs, noTerms, day, "250.00", "Sans conditions d'emploi")));
        refused("description", () -> declare(day(activity, zoe, day, "250.00", "  ")));
        refused("description", () -> declare(day(activity, zoe, day, "250.00", "x".repeat(201))));
        refused("lastDay", () -> declare(new ShortJobDraft(activity, zoe, day, day.minusDays(1),
                new BigDecimal("8"), eur("250.00"), "À l'envers")));
        refused("lastDay", () -> declare(new ShortJobDraft(activity, zoe, LocalDate.of(2027, 2, 27),
                LocalDate.of(2027, 3, 2), new BigDecimal("24"), eur("900.00"), "Sur deux mois")));
        refused("hours", () -> declare(new ShortJobDraft(activity, zoe, day, day, new BigDecimal("12.5"),
                eur("400.00"), "Trop d'heures pour un jour")));
        refused("hours", () -> declare(new ShortJobDraft(activity, zoe, day, day, BigDecimal.ZERO, eur("250.00"),
                "Sans heures")));
        refused("gross", () -> declare(day(activity, zoe, day, "50.00", "Sous le salaire minimum")));
        refused("gross", () -> declare(new ShortJobDraft(activity, zoe, day, day, new BigDecimal("8"),
                Money.of(25_000, "MAD"), "Autre devise")));
        // a week of shooting at 4,000 € costs more than the activity's 4,290 € less its other jobs
        refused("gross", () -> declare(new ShortJobDraft(activity, zoe, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 5), new BigDecimal("40"), eur("4000.00"), "Tournage d'une semaine")));
        assertEquals(before, jobs().ofActivity(fixture.accountant(), activity, null).size());
        assertEquals(sarahBefore, jobs().ofActivity(fixture.accountant(), sarahs, null).size());
    }

    @Test
    void whatOtherDeclaredJobsCostIsNoLongerAvailable() {
        long activity = fixture.activity("Formation Lucas").id();
        long lucas = fixture.hiredForJobs("Formation Lucas");
        // Lucas's activity has about 2,070 €: a 1,200 € week costs about 1,500 € with the employer's share
        DeclaredJob first = jobs().declare(fixture.accountant(), new ShortJobDraft(activity, lucas,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), new BigDecimal("38"), eur("1200.00"),
                "Formation d'une semaine"));
        assertTrue(first.employerCost().compareTo(eur("1200.00")) > 0);
        int before = jobs().ofActivity(fixture.accountant(), activity, null).size();
        ValidationException e = refused("gross", () -> declare(new ShortJobDraft(activity, lucas,
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 15), new BigDecimal("38"), eur("1200.00"),
                "Deuxième semaine")));
        assertTrue(e.errors().get(0).message().contains(first.employerCost().format(java.util.Locale.FRENCH)),
                e.errors().get(0).message());
        assertEquals(before, jobs().ofActivity(fixture.accountant(), activity, null).size());
        jobs().cancel(fixture.accountant(), first.job().id());
        jobs().declare(fixture.accountant(), new ShortJobDraft(activity, lucas, LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 1, 15), new BigDecimal("38"), eur("1200.00"), "Deuxième semaine"));
        refused("id", () -> jobs().cancel(fixture.accountant(), first.job().id()));
    }

    @Test
    void aSalaryPlanAndJobsDoNotMixInOneMonthForOneActivity() {
        YearMonth december = YearMonth.of(2026, 12);
        long activity = fixture.activity("Jardinage Antoine").id();
        long antoine = fixture.salariedWithTerms("Jardinage Antoine");
        DeclaredJob job = jobs().declare(fixture.accountant(), day(activity, antoine, LocalDate.of(2026, 12, 5),
                "250.00", "Taille de haies 5/12"));
        // a plan decided afterwards for the same month: the run pays the plan, not the jobs, and says why
        fixture.payroll().plans().decide(fixture.accountant(), SalaryPlanDraft.smoothed(activity, antoine,
                december, 6, "Test : plan après un job"));
        PayrollRun run = fixture.payroll().runs().compute(fixture.accountant(), december);
        List<PayslipRecord> antoines = run.payslips().stream().filter(p -> p.activityId() == activity).toList();
        assertTrue(antoines.stream().noneMatch(PayslipRecord::paysJobs), antoines.toString());
        assertTrue(run.notices().stream().anyMatch(n -> n.activityId() == activity && n.message().contains("1")),
                run.notices().toString());
        assertEquals(ShortJob.Status.DECLARED, jobs().find(fixture.accountant().cooperativeId(), job.job().id())
                .orElseThrow().status());

        int before = jobs().ofActivity(fixture.accountant(), activity, null).size();
        ValidationException e = refused("firstDay", () -> declare(day(activity, antoine, LocalDate.of(2026, 12, 12),
                "250.00", "Taille de haies 12/12")));
        assertTrue(e.errors().get(0).message().contains("plan"), e.errors().get(0).message());
        assertEquals(before, jobs().ofActivity(fixture.accountant(), activity, null).size());
    }

    @Test
    void aDraftComputedBeforeAJobWasDeclaredOrCancelledIsNotValidatedUntilComputedAgain() {
        YearMonth june = YearMonth.of(2027, 6);
        long activity = fixture.activity(BelgianJobsFixture.ZOE_ACTIVITY).id();
        long zoe = fixture.hiredForJobs(BelgianJobsFixture.ZOE_ACTIVITY);
        DeclaredJob first = jobs().declare(fixture.accountant(), day(activity, zoe, LocalDate.of(2027, 6, 4),
                "250.00", "Fête de la musique, répétition 4/6"));
        var runs = fixture.payroll().runs();
        runs.compute(fixture.accountant(), june);
        DeclaredJob late = jobs().declare(fixture.accountant(), day(activity, zoe, LocalDate.of(2027, 6, 21),
                "250.00", "Fête de la musique 21/6"));
        refused("month", () -> runs.validate(fixture.accountant(), june));
        PayrollRun again = runs.compute(fixture.accountant(), june);
        jobs().cancel(fixture.accountant(), first.job().id());
        refused("month", () -> runs.validate(fixture.accountant(), june));
        assertEquals(0, entries(activity, june).size());

        PayrollRun recomputed = runs.compute(fixture.accountant(), june);
        assertTrue(again.payslips().stream().anyMatch(p -> p.jobIds().size() == 2));
        PayslipRecord only = recomputed.payslips().stream().filter(PayslipRecord::paysJobs).findFirst().orElseThrow();
        assertEquals(List.of(late.job().id()), only.jobIds());
        assertEquals(eur("250.00"), only.payslip().gross());
        runs.validate(fixture.accountant(), june);
        assertEquals(1, entries(activity, june).size());
        assertEquals(ShortJob.Status.PAID, jobs().find(fixture.accountant().cooperativeId(), late.job().id())
                .orElseThrow().status());
        assertEquals(ShortJob.Status.CANCELLED, jobs().find(fixture.accountant().cooperativeId(), first.job().id())
                .orElseThrow().status());
    }

    @Test
    void anEntrepreneurSeesOnlyTheirOwnJobsAndDeclaresNothing() {
        long activity = fixture.activity(BelgianJobsFixture.ZOE_ACTIVITY).id();
        long zoe = fixture.hiredForJobs(BelgianJobsFixture.ZOE_ACTIVITY);
        long jeanne = fixture.jeanneOnZoesActivity();
        DeclaredJob hers = jobs().declare(fixture.accountant(), day(activity, jeanne, LocalDate.of(2027, 3, 3),
                "250.00", "Retouches costumes 3/3"));
        jobs().declare(fixture.accountant(), day(activity, zoe, LocalDate.of(2027, 3, 4), "250.00",
                "Bijoux de scène 4/3"));

        List<ShortJob> seen = jobs().ofActivity(fixture.jeanne(), activity, null);
        assertEquals(List.of(hers.job().id()), seen.stream().map(ShortJob::id).toList());
        assertTrue(jobs().ofActivity(fixture.accountant(), activity, YearMonth.of(2027, 3)).size() >= 2);

        int before = jobs().ofActivity(fixture.accountant(), activity, null).size();
        assertThrows(AccessDeniedException.class, () -> jobs().declare(fixture.jeanne(), day(activity, jeanne,
                LocalDate.of(2027, 3, 10), "250.00", "Par elle-même")));
        assertThrows(AccessDeniedException.class, () -> jobs().cancel(fixture.jeanne(), hers.job().id()));
        assertEquals(before, jobs().ofActivity(fixture.accountant(), activity, null).size());
    }

    @Test
    void theBelgianDemoDeclaresEmmasThreeWorkshopDaysOfNovember() {
        long activity = fixture.activity(PayrollDemo.JOBS_ACTIVITY).id();
        List<ShortJob> emmas = jobs().ofActivity(fixture.accountant(), activity, PayrollDemo.JOBS_MONTH);
        assertEquals(3, emmas.size());
        assertTrue(emmas.stream().allMatch(j -> j.gross().equals(eur("240.00"))
                && j.firstDay().equals(j.lastDay()) && j.status() != ShortJob.Status.CANCELLED));
    }

    private void declare(ShortJobDraft draft) {
        jobs().declare(fixture.accountant(), draft);
    }

    private static ValidationException refused(String field, Executable action) {
        ValidationException e = assertThrows(ValidationException.class, action);
        assertEquals(field, e.errors().get(0).field(), e.errors().toString());
        assertFalse(e.errors().get(0).message().isBlank());
        return e;
    }

    private List<ValidatedEntry> entries(long activity, YearMonth month) {
        return essaim.service(Ledger.class).entries(fixture.accountant(), new EntryQuery(
                fixture.accountant().cooperativeId(), JournalCode.PAYROLL, month.atDay(1), month.atEndOfMonth(),
                activity, null, 0, 500));
    }
}
