package coop.essaim.payroll.internal.run;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollAccounts;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * A made-up country for the engine's own tests: the employee pays 20 % to 431000 and 2 % to 437100, the employer
 * 30 % to 431000, less a reduction of {@code reductionPercent} of the gross (to test a negative net of employer
 * lines), minimum wage 12.00 an hour, 10 % withholding. Real countries are tested in their plugins.
 */
final class FlatRules implements PayrollRules {

    private final BigDecimal reductionPercent;

    FlatRules(String reductionPercent) {
        this.reductionPercent = new BigDecimal(reductionPercent);
    }

    @Override
    public String country() {
        return "XX";
    }

    @Override
    public YearMonth firstMonth() {
        return YearMonth.of(2025, 1);
    }

    @Override
    public Payslip compute(YearMonth month, EmployeeSituation situation, Money gross) {
        PayslipLine social = line("xx.social", gross, "20", "30", "431000");
        PayslipLine pension = line("xx.pension", gross, "2", null, "437100");
        PayslipLine reduction = new PayslipLine("xx.reduction", gross, null, Money.zero(gross.currency()),
                reductionPercent.negate(), gross.times(reductionPercent.movePointLeft(2), RoundingMode.HALF_UP)
                .negate(), "431000");
        List<PayslipLine> lines = List.of(social, pension, reduction);
        Money employee = social.employeeAmount().plus(pension.employeeAmount());
        Money employer = social.employerAmount().plus(reduction.employerAmount());
        Money net = gross.minus(employee);
        Money withholding = net.times(new BigDecimal("0.10"), RoundingMode.HALF_UP);
        return new Payslip("XX", month, situation, gross, lines, net, net, withholding, net.minus(withholding),
                gross.plus(employer), "XX test");
    }

    private static PayslipLine line(String code, Money gross, String employee, String employer, String account) {
        Money zero = Money.zero(gross.currency());
        return new PayslipLine(code, gross, employee == null ? null : new BigDecimal(employee),
                employee == null ? zero : gross.times(new BigDecimal(employee).movePointLeft(2), RoundingMode.HALF_UP),
                employer == null ? null : new BigDecimal(employer),
                employer == null ? zero : gross.times(new BigDecimal(employer).movePointLeft(2), RoundingMode.HALF_UP),
                account);
    }

    @Override
    public Money minimumHourlyWage(YearMonth month) {
        return Money.of(1200, "EUR");
    }

    @Override
    public BigDecimal fullTimeMonthlyHours() {
        return new BigDecimal("151.67");
    }

    @Override
    public PayrollAccounts accounts() {
        return new PayrollAccounts("641000", "645000", "421000", "442100");
    }

    @Override
    public String lineLabel(String code, Locale locale) {
        return code;
    }
}
