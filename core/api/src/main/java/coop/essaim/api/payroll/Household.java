package coop.essaim.api.payroll;

/**
 * Who the employee shares a tax household with, as a country's income tax and social contributions see it. Many
 * countries tax a couple differently from a single person and look at whether the partner earns: Belgium's
 * précompte professionnel applies the marital quotient only when the partner has no professional income, and its
 * special social security contribution has a scale per household type; Morocco deducts a dependent spouse.
 *
 * <p>A <b>partner</b> is the one the country's tax law treats as such (married or legally cohabiting in
 * Belgium); people who merely live together are {@link #SINGLE}. Children and other dependants are counted
 * apart, in {@link EmployeeSituation#dependants()}. Rules that do not look at the household ignore it.
 */
public enum Household {

    /** No partner in the tax household (single, widowed, divorced, separated, de facto cohabitation). */
    SINGLE,
    /** A partner without professional income of their own (a single-income couple). */
    COUPLE_PARTNER_WITHOUT_INCOME,
    /** A partner with professional income of their own (a two-income couple). */
    COUPLE_PARTNER_WITH_INCOME;

    public boolean couple() {
        return this != SINGLE;
    }

    public boolean partnerHasIncome() {
        return this == COUPLE_PARTNER_WITH_INCOME;
    }
}
