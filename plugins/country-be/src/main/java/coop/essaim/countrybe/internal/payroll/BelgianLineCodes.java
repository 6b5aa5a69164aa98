package coop.essaim.countrybe.internal.payroll;

/** The stable codes of Belgian payslip lines: labels ({@code lines*.properties}) and tests refer to them. */
final class BelgianLineCodes {

    /** Personal (13.07 %) and employer (25 % all-in) social security contributions on the gross. */
    static final String ONSS = "be.onss";
    /** The bonus à l'emploi, part A, as a negative personal contribution. */
    static final String WORK_BONUS_A = "be.bonus.emploi.a";
    /** The bonus à l'emploi, part B, as a negative personal contribution. */
    static final String WORK_BONUS_B = "be.bonus.emploi.b";
    /** The cotisation spéciale de sécurité sociale withheld in the month. */
    static final String SPECIAL_CONTRIBUTION = "be.csss";

    private BelgianLineCodes() {
    }
}
