package coop.essaim.payroll.api;

import coop.essaim.api.payroll.Household;

import java.math.BigDecimal;

/**
 * What payroll needs of a person beyond the person file: the executive status (French "cadre"), the personal
 * income-tax rate the tax office sent (null: the country's neutral rate), the account net pay is transferred to
 * (IBAN, BIC optional), and the tax household and dependants where the country's tax or contributions depend on
 * them (the Belgian précompte and special social security contribution, the Moroccan family reduction).
 */
public record EmployeeFacts(long personId, boolean executive, BigDecimal withholdingRatePercent, String iban,
                            String bic, Household household, int dependants) {

    public EmployeeFacts {
        household = household == null ? Household.SINGLE : household;
    }

    /** Single, without dependants. */
    public EmployeeFacts(long personId, boolean executive, BigDecimal withholdingRatePercent, String iban,
                         String bic) {
        this(personId, executive, withholdingRatePercent, iban, bic, Household.SINGLE, 0);
    }

    public static EmployeeFacts defaults(long personId) {
        return new EmployeeFacts(personId, false, null, null, null);
    }
}
