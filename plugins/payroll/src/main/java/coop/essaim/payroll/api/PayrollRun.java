package coop.essaim.payroll.api;

import coop.essaim.api.money.Money;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A cooperative's payroll for one month, its payslips and the plans that produced none. */
public record PayrollRun(long id, YearMonth month, RunStatus status, Instant computedAt, String computedBy,
                         Instant validatedAt, String validatedBy, List<PayslipRecord> payslips,
                         List<RunNotice> notices) {

    public PayrollRun {
        payslips = List.copyOf(payslips);
        notices = List.copyOf(notices);
    }

    public Money totalGross(Money zero) {
        return payslips.stream().map(p -> p.payslip().gross()).reduce(zero, Money::plus);
    }

    public Money totalNetPaid(Money zero) {
        return payslips.stream().map(p -> p.payslip().netPaid()).reduce(zero, Money::plus);
    }

    public Money totalEmployerCost(Money zero) {
        return payslips.stream().map(p -> p.payslip().employerCost()).reduce(zero, Money::plus);
    }
}
