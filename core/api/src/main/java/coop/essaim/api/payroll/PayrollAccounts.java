package coop.essaim.api.payroll;

import java.util.Objects;

/**
 * The accounts of the country's chart a payroll entry uses besides each line's payable account: debit the
 * {@code grossSalaries} (French 641000) and the {@code employerContributions} (645000), credit the
 * {@code netPayDue} to the employee (421000) and the {@code withholdingDue} to the tax office (442100).
 */
public record PayrollAccounts(String grossSalaries, String employerContributions, String netPayDue,
                              String withholdingDue) {

    public PayrollAccounts {
        Objects.requireNonNull(grossSalaries, "grossSalaries");
        Objects.requireNonNull(employerContributions, "employerContributions");
        Objects.requireNonNull(netPayDue, "netPayDue");
        Objects.requireNonNull(withholdingDue, "withholdingDue");
    }
}
