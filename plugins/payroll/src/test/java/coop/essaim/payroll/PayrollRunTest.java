package coop.essaim.payroll;

import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.payroll.api.SalaryPlan;
import coop.essaim.payroll.api.SalaryPlanDraft;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly run over the demo cooperative: the demo validated June to October 2026; November is computed,
 * reviewed and validated here, once, in one test, since a validated month is final.
 */
class PayrollRunTest {

    @RegisterExtension
    static EssaimTestKit essaim = PayrollFixture.kit();

    private final PayrollFixture fixture = new PayrollFixture(essaim);

    private static Money eur(String amount) {
        return Money.parse(amount, java.util.Currency.getInstance("EUR"));
    }

    private PayslipRecord jeanneIn(PayrollRun run) {
        return run.payslips().stream().filter(p -> p.activityId() == fixture.jeanneActivity().id()).findFirst()
                .orElseThrow();
    }

    @Test
    void jeannesPlanSmoothsHer800EurosOverSixMonths() {
        // domain.md: 1,200 € invoiced − 120 € contribution − 280 € fabric = 800 €; 6 months; 133.33 €; 13 hours at 10.10 €
        SalaryPlan plan = fixture.payroll().plans().ofActivity(fixture.accountant(), fixture.jeanneActivity().id())
                .get(0);
        assertEquals(eur("800.00"), plan.available());
        assertEquals(eur("133.33"), plan.monthlyLoadedSalary());
        assertEquals(eur("10.10"), plan.loadedHourlyCost());
        assertEquals(0, BigDecimal.valueOf(13).compareTo(plan.hoursPerMonth()));
        assertEquals(YearMonth.of(2026, 6), plan.firstMonth());
        assertEquals(YearMonth.of(2026, 11), plan.lastMonth());
    }

    @Test
    void jeannesBudgetGivesALawfulPartTimePayslip() {
        PayrollRun june = fixture.payroll().runs().run(fixture.accountant(), YearMonth.of(2026, 6)).orElseThrow();
        assertEquals(RunStatus.VALIDATED, june.status());
        PayslipRecord jeanne = jeanneIn(june);
        Payslip p = jeanne.payslip();
        PayrollRules rules = fixture.payroll().rulebook().rules(fixture.accountant());
        // the largest gross whose cost fits the 133.33 € budget
        assertTrue(p.employerCost().compareTo(eur("133.33")) <= 0);
        assertTrue(rules.compute(p.month(), p.situation(), p.gross().plus(eur("0.01"))).employerCost()
                .compareTo(eur("133.33")) > 0);
        // at 10.10 € loaded an hour the plan says 13 hours, but ~124 € of gross pays 10 hours at the 12.02 € SMIC
        assertEquals(0, BigDecimal.valueOf(13).compareTo(jeanne.plannedHours()));
        assertEquals(0, BigDecimal.TEN.compareTo(jeanne.hours()));
        assertTrue(jeanne.hoursLowered());
        Money minimum = rules.minimumHourlyWage(p.month()).times(jeanne.hours(), RoundingMode.HALF_UP);
        assertTrue(p.gross().compareTo(minimum) >= 0, p.gross() + " pays at least " + minimum);
        assertTrue(p.netPaid().isPositive());
        assertTrue(p.line("fr.reduction.generale").employerAmount().isNegative());
    }

    @Test
    void eachValidatedPayslipHasItsBalancedEntryOnItsActivity() {
        Ledger ledger = essaim.service(Ledger.class);
        PayrollRun october = fixture.payroll().runs().run(fixture.accountant(), YearMonth.of(2026, 10)).orElseThrow();
        assertTrue(october.payslips().size() > 1, "the other salaried members are paid from October");
        for (PayslipRecord p : october.payslips()) {
            ValidatedEntry entry = ledger.entry(fixture.accountant(), p.entryId()).orElseThrow();
            assertEquals(JournalCode.PAYROLL, entry.journal());
            assertEquals(LocalDate.of(2026, 10, 31), entry.date());
            assertTrue(entry.lines().stream().allMatch(l -> l.activityId() == p.activityId()));
            Money gross = entry.lines().stream().filter(l -> l.accountCode().equals("641000"))
                    .map(coop.essaim.api.ledger.PostingLine::amount).findFirst().orElseThrow();
            assertEquals(p.payslip().gross(), gross);
            Money net = entry.lines().stream().filter(l -> l.accountCode().equals("421000"))
                    .map(coop.essaim.api.ledger.PostingLine::amount).findFirst().orElseThrow();
            assertEquals(p.payslip().netPaid(), net);
        }
    }

    @Test
    void novemberIsComputedReviewedAndValidatedOnceWhateverHappens() {
        YearMonth november = YearMonth.of(2026, 11);
        var runs = fixture.payroll().runs();
        PayrollRun draft = runs.compute(fixture.accountant(), november);
        assertEquals(RunStatus.DRAFT, draft.status());
        PayrollRun again = runs.compute(fixture.accountant(), november);
        assertEquals(draft.payslips().size(), again.payslips().size(), "recomputing a draft replaces it");
        assertEquals(jeanneIn(draft).payslip(), jeanneIn(again).payslip());
        assertTrue(again.payslips().stream().allMatch(p -> p.entryId() == null), "a draft posts nothing");

        PayrollRun validated = runs.validate(fixture.accountant(), november);
        assertEquals(RunStatus.VALIDATED, validated.status());
        Set<Long> entries = validated.payslips().stream().map(PayslipRecord::entryId).collect(Collectors.toSet());
        assertEquals(validated.payslips().size(), entries.size());
        int posted = payrollEntries(november).size();
        assertEquals(entries.size(), posted);

        // validating again posts nothing
        assertEquals(entries, runs.validate(fixture.accountant(), november).payslips().stream()
                .map(PayslipRecord::entryId).collect(Collectors.toSet()));
        // a validation interrupted after posting, before recording the entries, completes without posting twice
        essaim.store("payroll").run(em -> {
            em.createNativeQuery("UPDATE PAY_PAYSLIP SET ENTRY_ID = NULL WHERE RUN_ID = ?1")
                    .setParameter(1, validated.id()).executeUpdate();
            em.createNativeQuery("UPDATE PAY_RUN SET STATUS = 'DRAFT' WHERE ID = ?1").setParameter(1, validated.id())
                    .executeUpdate();
        });
        // while begun, the validation can only be finished: computing again would replace payslips already posted
        long first = validated.payslips().stream().mapToLong(PayslipRecord::id).min().orElseThrow();
        essaim.store("payroll").run(em -> em.createNativeQuery("UPDATE PAY_PAYSLIP SET ENTRY_ID = ?1 WHERE ID = ?2")
                .setParameter(1, validated.payslips().stream().filter(p -> p.id() == first).findFirst()
                        .orElseThrow().entryId()).setParameter(2, first).executeUpdate());
        ValidationException begun = assertThrows(ValidationException.class,
                () -> runs.compute(fixture.accountant(), november));
        assertEquals("month", begun.errors().get(0).field());
        assertTrue(begun.errors().get(0).message().contains("validez-la à nouveau"), begun.errors().get(0).message());
        PayrollRun resumed = runs.validate(fixture.accountant(), november);
        assertEquals(entries, resumed.payslips().stream().map(PayslipRecord::entryId).collect(Collectors.toSet()));
        assertEquals(posted, payrollEntries(november).size());

        ValidationException final_ = assertThrows(ValidationException.class,
                () -> runs.compute(fixture.accountant(), november));
        assertEquals("month", final_.errors().get(0).field());
        ValidationException paid = assertThrows(ValidationException.class, () -> fixture.payroll().plans()
                .decide(fixture.accountant(), SalaryPlanDraft.smoothed(fixture.jeanneActivity().id(),
                        fixture.jeannePerson(), november, 3, null)));
        assertEquals("firstMonth", paid.errors().get(0).field());
    }

    private List<ValidatedEntry> payrollEntries(YearMonth month) {
        return essaim.service(Ledger.class).entries(fixture.accountant(), new EntryQuery(
                fixture.accountant().cooperativeId(), JournalCode.PAYROLL, month.atDay(1), month.atEndOfMonth(), null,
                null, 0, 500));
    }

    @Test
    void anEntrepreneurReadsOnlyTheirOwnPayslipsAndRunsNothing() {
        var runs = fixture.payroll().runs();
        List<PayslipRecord> own = runs.ownPayslips(fixture.jeanne());
        assertTrue(own.size() >= 5, "June to October");
        assertTrue(own.stream().allMatch(p -> p.personId() == fixture.jeannePerson()));
        PayslipRecord someoneElse = runs.run(fixture.accountant(), YearMonth.of(2026, 10)).orElseThrow().payslips()
                .stream().filter(p -> p.personId() != fixture.jeannePerson()).findFirst().orElseThrow();
        assertFalse(runs.payslip(fixture.jeanne(), someoneElse.id()).isPresent());
        assertTrue(runs.payslip(fixture.jeanne(), own.get(0).id()).isPresent());
        assertThrows(AccessDeniedException.class, () -> runs.compute(fixture.jeanne(), YearMonth.of(2026, 12)));
        assertThrows(AccessDeniedException.class, () -> runs.run(fixture.jeanne(), YearMonth.of(2026, 10)));
        assertThrows(AccessDeniedException.class, () -> runs.compute(fixture.adviser(), YearMonth.of(2026, 12)));
    }

    @Test
    void aPlanIsRefusedNamingWhatIsWrongAndNothingIsStored() {
        var plans = fixture.payroll().plans();
        long activity = fixture.jeanneActivity().id();
        int before = plans.ofActivity(fixture.accountant(), activity).size();
        assertEquals("months", assertThrows(ValidationException.class, () -> plans.decide(fixture.accountant(),
                SalaryPlanDraft.smoothed(activity, fixture.jeannePerson(), YearMonth.of(2027, 1), 0, null)))
                .errors().get(0).field());
        long stranger = fixture.activity("Collectif graphique").memberIds().get(0);
        assertEquals("personId", assertThrows(ValidationException.class, () -> plans.decide(fixture.accountant(),
                SalaryPlanDraft.smoothed(activity, stranger, YearMonth.of(2027, 1), 6, null))).errors().get(0)
                .field());
        assertEquals("firstMonth", assertThrows(ValidationException.class, () -> plans.decide(fixture.accountant(),
                SalaryPlanDraft.smoothed(activity, fixture.jeannePerson(), null, 6, null))).errors().get(0).field());
        assertThrows(AccessDeniedException.class, () -> plans.decide(fixture.jeanne(),
                SalaryPlanDraft.smoothed(activity, fixture.jeannePerson(), YearMonth.of(2027, 1), 6, null)));
        assertEquals(before, plans.ofActivity(fixture.accountant(), activity).size());
    }
}
