package coop.essaim.api.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a payslip: a contribution (or a reduction, with a negative amount) on {@code base}. Rates are in
 * percent ({@code 6.90} for 6.90%) and {@code null} where that side pays nothing; amounts are rounded to the
 * cent, line by line, by the country's rules, and are zero (never {@code null}) on a side that pays nothing.
 * {@code code} is stable ({@code fr.vieillesse.plafonnee}) and is what labels and tests refer to;
 * {@code payableAccount} is the account of the body the amounts are owed to (French 431000 for the URSSAF,
 * 437100 for AGIRC-ARRCO), where the payroll entry credits them.
 */
public record PayslipLine(String code, Money base, BigDecimal employeeRatePercent, Money employeeAmount,
                          BigDecimal employerRatePercent, Money employerAmount, String payableAccount) {

    public PayslipLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(employeeAmount, "employeeAmount");
        Objects.requireNonNull(employerAmount, "employerAmount");
        Objects.requireNonNull(payableAccount, "payableAccount");
        base.compareTo(employeeAmount);   // one currency, named when not
        base.compareTo(employerAmount);
    }
}
