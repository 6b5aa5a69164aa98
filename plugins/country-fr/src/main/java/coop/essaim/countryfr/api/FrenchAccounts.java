package coop.essaim.countryfr.api;

/**
 * The accounts of the French chart (plan comptable général) that other plugins post to by name: invoicing,
 * payroll and governance use these codes rather than repeating them.
 */
public final class FrenchAccounts {

    public static final String SHARE_CAPITAL = "101300";
    public static final String YEAR_PROFIT = "120000";
    public static final String YEAR_LOSS = "129000";
    public static final String SUPPLIERS = "401000";
    public static final String CUSTOMERS = "411000";
    /** Deposits customers were invoiced before the work ("clients, avances et acomptes reçus"). */
    public static final String CUSTOMER_DEPOSITS = "419100";
    public static final String STAFF_PAY_DUE = "421000";
    public static final String SOCIAL_SECURITY = "431000";
    public static final String WITHHOLDING_TAX = "442100";
    public static final String VAT_DEDUCTIBLE = "445660";
    public static final String VAT_COLLECTED = "445710";
    public static final String BANK = "512000";
    public static final String PURCHASES_FOR_RESALE = "607000";
    public static final String SUPPLIES = "606000";
    public static final String PURCHASED_SERVICES = "604000";
    /** Travel, and the mileage allowances of members driving their own vehicle ("Voyages et déplacements"). */
    public static final String TRAVEL = "625100";
    /** The contribution's analytic transfer: debit on the activity, credit on the structure. */
    public static final String CONTRIBUTION = "658100";
    public static final String GROSS_SALARIES = "641000";
    public static final String EMPLOYER_CONTRIBUTIONS = "645000";
    public static final String SERVICES_SOLD = "706000";
    public static final String GOODS_SOLD = "707000";
    public static final String ANCILLARY_INCOME = "708000";
    /** Work one activity sells to another of the cooperative, and its cost for the buyer. */
    public static final String INTERNAL_SALES = "708800";
    public static final String INTERNAL_PURCHASES = "604800";

    private FrenchAccounts() {
    }
}
