package coop.essaim.api.payroll;

import coop.essaim.api.money.Money;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A month's pay computed by a country's {@link PayrollRules}, from the gross to the cost. The figures hold
 * together to the cent:
 * <ul>
 *   <li>{@code netBeforeIncomeTax} = {@code gross} − the employee amounts of the lines;</li>
 *   <li>{@code netPaid} = {@code netBeforeIncomeTax} − {@code withholding};</li>
 *   <li>{@code employerCost} = {@code gross} + the employer amounts of the lines (reductions negative).</li>
 * </ul>
 * {@code netTaxable} is what the income tax is computed on (in France the net plus the non-deductible CSG and
 * the CRDS). {@code parameterEdition} names the dated values used ({@code FR 2025-05-01}), so a payslip says
 * which law it applied.
 */
public record Payslip(String country, YearMonth month, EmployeeSituation situation, Money gross,
                      List<PayslipLine> lines, Money netBeforeIncomeTax, Money netTaxable, Money withholding,
                      Money netPaid, Money employerCost, String parameterEdition) {

    public Payslip {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(gross, "gross");
        lines = List.copyOf(lines);
        Money employee = employeeContributions(gross, lines);
        if (!gross.minus(employee).equals(netBeforeIncomeTax)) {
            throw new IllegalArgumentException("netBeforeIncomeTax " + netBeforeIncomeTax + " is not gross " + gross
                    + " − employee contributions " + employee);
        }
        if (!netBeforeIncomeTax.minus(withholding).equals(netPaid)) {
            throw new IllegalArgumentException("netPaid " + netPaid + " is not " + netBeforeIncomeTax + " − "
                    + withholding);
        }
        Money employer = employerContributions(gross, lines);
        if (!gross.plus(employer).equals(employerCost)) {
            throw new IllegalArgumentException("employerCost " + employerCost + " is not gross " + gross
                    + " + employer contributions " + employer);
        }
        Objects.requireNonNull(netTaxable, "netTaxable");
        Objects.requireNonNull(parameterEdition, "parameterEdition");
    }

    public Money employeeContributions() {
        return employeeContributions(gross, lines);
    }

    /** Net of reductions: negative lines (French réduction générale) lower it. */
    public Money employerContributions() {
        return employerContributions(gross, lines);
    }

    public PayslipLine line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no payslip line " + code));
    }

    private static Money employeeContributions(Money gross, List<PayslipLine> lines) {
        Money sum = Money.zero(gross.currency());
        for (PayslipLine l : lines) {
            sum = sum.plus(l.employeeAmount());
        }
        return sum;
    }

    private static Money employerContributions(Money gross, List<PayslipLine> lines) {
        Money sum = Money.zero(gross.currency());
        for (PayslipLine l : lines) {
            sum = sum.plus(l.employerAmount());
        }
        return sum;
    }
}
