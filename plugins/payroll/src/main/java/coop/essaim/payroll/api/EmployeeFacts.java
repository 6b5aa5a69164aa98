package coop.essaim.payroll.api;

import java.math.BigDecimal;

/**
 * What payroll needs of a person beyond the person file: the executive status (French "cadre"), the personal
 * income-tax rate the tax office sent (null: the country's neutral rate), and the account net pay is
 * transferred to (IBAN, BIC optional).
 */
public record EmployeeFacts(long personId, boolean executive, BigDecimal withholdingRatePercent, String iban,
                            String bic) {

    public static EmployeeFacts defaults(long personId) {
        return new EmployeeFacts(personId, false, null, null, null);
    }
}
