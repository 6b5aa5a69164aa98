package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compact assertions on payslips: amounts written as euros ("172.50"), rates as percents, null where unused. */
final class PayslipAssertions {

    private PayslipAssertions() {
    }

    static Money eur(String amount) {
        return Money.parse(amount, FrenchPayrollRules.EUR);
    }

    static void assertCodes(Payslip payslip, String... codes) {
        assertEquals(List.of(codes), payslip.lines().stream().map(PayslipLine::code).toList());
    }

    /** One line: its base, both rates and amounts (null rate and zero amount on a side that pays nothing). */
    static void assertLine(Payslip payslip, String code, String base, String employeeRate, String employeeAmount,
                           String employerRate, String employerAmount, String account) {
        PayslipLine line = payslip.line(code);
        assertEquals(eur(base), line.base(), code + " base");
        assertRate(employeeRate, line.employeeRatePercent(), code + " employee rate");
        assertEquals(eur(employeeAmount == null ? "0" : employeeAmount), line.employeeAmount(), code + " employee");
        assertRate(employerRate, line.employerRatePercent(), code + " employer rate");
        assertEquals(eur(employerAmount == null ? "0" : employerAmount), line.employerAmount(), code + " employer");
        assertEquals(account, line.payableAccount(), code + " account");
    }

    static void employerLine(Payslip payslip, String code, String base, String rate, String amount, String account) {
        assertLine(payslip, code, base, null, null, rate, amount, account);
    }

    static void employeeLine(Payslip payslip, String code, String base, String rate, String amount) {
        assertLine(payslip, code, base, rate, amount, null, null, "431000");
    }

    private static void assertRate(String expected, BigDecimal actual, String what) {
        if (expected == null) {
            assertEquals(null, actual, what);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
        }
    }
}
