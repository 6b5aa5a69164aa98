package coop.essaim.payroll.internal.run;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.payroll.api.PayslipRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayrollEntriesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth MONTH = YearMonth.of(2026, 3);

    private static PayslipRecord record(FlatRules rules, String gross) {
        Payslip p = rules.compute(MONTH, EmployeeSituation.of(new BigDecimal("151.67"), 5, BigDecimal.ONE),
                Money.parse(gross, EUR));
        return new PayslipRecord(7, 1, MONTH, 42, "Jeanne Martin", 12, "Couture Jeanne", 3L, null, null, p, null);
    }

    private static Money sum(List<PostingLine> lines, Side side) {
        return lines.stream().filter(l -> l.side() == side).map(PostingLine::amount)
                .reduce(Money.zero(EUR), Money::plus);
    }

    private static PostingLine on(EntryDraft d, String account) {
        return d.lines().stream().filter(l -> l.accountCode().equals(account)).findFirst().orElseThrow();
    }

    @Test
    void theEntryChargesTheActivityAndOwesEachBody() {
        EntryDraft d = PayrollEntries.draft(1, record(new FlatRules("0"), "2000.00"), new FlatRules("0").accounts(),
                "Paie");
        assertEquals(JournalCode.PAYROLL, d.journal());
        assertEquals(LocalDate.of(2026, 3, 31), d.date());
        assertEquals("payroll:2026-03:42:12", d.idempotencyKey());
        assertEquals(sum(d.lines(), Side.DEBIT), sum(d.lines(), Side.CREDIT));
        assertEquals(Money.parse("2000.00", EUR), on(d, "641000").amount());
        assertEquals(Money.parse("600.00", EUR), on(d, "645000").amount());
        // URSSAF: employee 400 + employer 600; pensions: employee 40; net 1,560 − 10 % withholding
        assertEquals(Money.parse("1000.00", EUR), on(d, "431000").amount());
        assertEquals(Money.parse("40.00", EUR), on(d, "437100").amount());
        assertEquals(Money.parse("156.00", EUR), on(d, "442100").amount());
        assertEquals(Money.parse("1404.00", EUR), on(d, "421000").amount());
        assertEquals("person:42", on(d, "421000").thirdParty());
        assertTrue(d.lines().stream().allMatch(l -> l.activityId() == 12 && l.amount().isPositive()));
    }

    @Test
    void aPayslipOfShortJobsHasItsOwnKeyBesideAPlansPayslipOfTheSameMonthPersonAndActivity() {
        FlatRules rules = new FlatRules("0");
        PayslipRecord plan = record(rules, "2000.00");
        PayslipRecord jobs = new PayslipRecord(8, 1, MONTH, 42, "Jeanne Martin", 12, "Couture Jeanne", null, null,
                new BigDecimal("16"), plan.payslip(), null, List.of(101L, 102L));
        assertEquals("payroll:2026-03:42:12", PayrollEntries.draft(1, plan, rules.accounts(), "Paie")
                .idempotencyKey());
        assertEquals("payroll:2026-03:42:12:jobs", PayrollEntries.draft(1, jobs, rules.accounts(), "Paie")
                .idempotencyKey());
    }

    @Test
    void reductionsLargerThanTheContributionsTurnTheirLinesOver() {
        // the employer's lines net to −10 %: 645000 is credited, and 431000 nets to 400 + 600 − 800 = 200
        FlatRules rules = new FlatRules("40");
        EntryDraft d = PayrollEntries.draft(1, record(rules, "2000.00"), rules.accounts(), "Paie");
        assertEquals(Side.CREDIT, on(d, "645000").side());
        assertEquals(Money.parse("200.00", EUR), on(d, "645000").amount());
        assertEquals(Money.parse("200.00", EUR), on(d, "431000").amount());
        assertEquals(sum(d.lines(), Side.DEBIT), sum(d.lines(), Side.CREDIT));
    }
}
