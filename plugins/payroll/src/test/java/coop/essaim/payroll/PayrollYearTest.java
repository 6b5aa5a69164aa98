package coop.essaim.payroll;

import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayrollYear;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.payroll.api.YearlyPay;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The yearly pay other modules read (governance's participation): the demo validated June to October 2026, so the
 * year's totals are those five runs' payslips, whatever draft is computed for November.
 */
class PayrollYearTest {

    @RegisterExtension
    static EssaimTestKit essaim = PayrollFixture.kit();

    private final PayrollFixture fixture = new PayrollFixture(essaim);

    /** As another module finds it: the published extension, not the internal class. */
    private PayrollYear year() {
        List<PayrollYear> found = essaim.service(ModuleCatalog.class).implementations(PayrollYear.class);
        assertEquals(1, found.size(), "payroll publishes one PayrollYear");
        return found.get(0);
    }

    /** The totals summed here from the runs, month by month: what the grouped query must give. */
    private Map<Long, YearlyPay> expected(int y) {
        Map<Long, YearlyPay> out = new TreeMap<>();
        for (int month = 1; month <= 12; month++) {
            PayrollRun run = fixture.payroll().runs().run(fixture.accountant(), YearMonth.of(y, month)).orElse(null);
            if (run == null || run.status() != RunStatus.VALIDATED) {
                continue;
            }
            for (PayslipRecord p : run.payslips()) {
                out.merge(p.personId(), new YearlyPay(p.personId(), p.personName(), p.payslip().gross(), p.hours(), 1),
                        (a, b) -> new YearlyPay(a.personId(), a.personName(), a.gross().plus(b.gross()),
                                a.hours().add(b.hours()), a.payslips() + b.payslips()));
            }
        }
        return out;
    }

    private static Map<Long, YearlyPay> byPerson(List<YearlyPay> lines) {
        Map<Long, YearlyPay> out = new TreeMap<>();
        lines.forEach(l -> out.put(l.personId(), l));
        return out;
    }

    private static void assertSame(Map<Long, YearlyPay> expected, Map<Long, YearlyPay> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((id, e) -> {
            YearlyPay a = actual.get(id);
            assertEquals(e.gross(), a.gross(), "gross of " + e.personName());
            assertEquals(0, e.hours().compareTo(a.hours()), "hours of " + e.personName());
            assertEquals(e.payslips(), a.payslips(), "payslips of " + e.personName());
            assertEquals(e.personName(), a.personName());
        });
    }

    @Test
    void theYearIsTheSumOfTheValidatedRunsPerPerson() {
        Map<Long, YearlyPay> expected = expected(2026);
        assertTrue(expected.size() > 1, "the demo pays several people in 2026");
        Map<Long, YearlyPay> actual = byPerson(year().pay(fixture.accountant(), 2026));
        assertSame(expected, actual);
        YearlyPay jeanne = actual.get(fixture.jeannePerson());
        assertEquals(5, jeanne.payslips(), "Jeanne is paid from June to October");
        assertTrue(jeanne.gross().isPositive());
        assertEquals(2, jeanne.hours().scale());
        assertEquals(List.of(), year().pay(fixture.accountant(), 2025), "nothing was paid in 2025");
    }

    @Test
    void aPeriodCountsOnlyItsMonths() {
        Map<Long, YearlyPay> june = byPerson(year().pay(fixture.accountant(), YearMonth.of(2026, 6),
                YearMonth.of(2026, 6)));
        PayslipRecord jeanne = fixture.payroll().runs().run(fixture.accountant(), YearMonth.of(2026, 6)).orElseThrow()
                .payslips().stream().filter(p -> p.personId() == fixture.jeannePerson()).findFirst().orElseThrow();
        assertEquals(jeanne.payslip().gross(), june.get(fixture.jeannePerson()).gross());
        assertEquals(1, june.get(fixture.jeannePerson()).payslips());
    }

    @Test
    void aDraftRunCountsNothingUntilItIsValidated() {
        Map<Long, YearlyPay> before = byPerson(year().pay(fixture.accountant(), 2026));
        PayrollRun november = fixture.payroll().runs().compute(fixture.accountant(), YearMonth.of(2026, 11));
        assertEquals(RunStatus.DRAFT, november.status());
        assertFalse(november.payslips().isEmpty(), "the draft pays someone, so counting it would show");
        assertSame(before, byPerson(year().pay(fixture.accountant(), 2026)));
        assertEquals(List.of(), year().pay(fixture.accountant(), YearMonth.of(2026, 11), YearMonth.of(2026, 11)));
    }

    @Test
    void anotherCooperativeSeesNoneOfThesePayslips() {
        UserContext c = fixture.accountant();
        UserContext elsewhere = new UserContext(c.userId(), c.login(), c.displayName(), c.cooperativeId() + 1000,
                c.roles(), c.permissions(), c.locale());
        assertFalse(year().pay(c, 2026).isEmpty());
        assertEquals(List.of(), year().pay(elsewhere, 2026));
    }

    @Test
    void readingNeedsThePayrollReadPermissionAndAPeriod() {
        assertThrows(AccessDeniedException.class, () -> year().pay(fixture.jeanne(), 2026));
        ValidationException backwards = assertThrows(ValidationException.class, () -> year().pay(fixture.accountant(),
                YearMonth.of(2026, 6), YearMonth.of(2026, 5)));
        assertEquals("to", backwards.errors().get(0).field());
        assertThrows(ValidationException.class, () -> year().pay(fixture.accountant(), YearMonth.of(2024, 1),
                YearMonth.of(2026, 1)));
        assertEquals("from", assertThrows(ValidationException.class, () -> year().pay(fixture.accountant(), null,
                YearMonth.of(2026, 1))).errors().get(0).field());
    }
}
