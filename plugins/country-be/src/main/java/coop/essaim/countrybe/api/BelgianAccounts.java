package coop.essaim.countrybe.api;

/**
 * The accounts of the Belgian chart (plan comptable minimum normalisé, arrêté royal du 21 octobre 2018 portant
 * exécution du Code des sociétés et des associations, annex) that other plugins post to by name: invoicing,
 * payroll and governance use these codes rather than repeating them. Codes at six digits, as accounting software
 * writes the PCMN.
 */
public final class BelgianAccounts {

    /** Capital souscrit (a cooperative's variable capital is subscribed capital too). */
    public static final String SHARE_CAPITAL = "100000";
    /** Réserves indisponibles: where the reserves the cooperative cannot distribute go. */
    public static final String UNAVAILABLE_RESERVES = "131000";
    public static final String AVAILABLE_RESERVES = "133000";
    /** Bénéfice reporté. */
    public static final String YEAR_PROFIT = "140000";
    /** Perte reportée. */
    public static final String YEAR_LOSS = "141000";
    public static final String CUSTOMERS = "400000";
    /** Deposits customers were invoiced before the work ("acomptes reçus sur commandes"). */
    public static final String CUSTOMER_DEPOSITS = "460000";
    public static final String SUPPLIERS = "440000";
    /** TVA à récupérer. */
    public static final String VAT_DEDUCTIBLE = "411000";
    /** TVA à payer. */
    public static final String VAT_COLLECTED = "451000";
    /** Précompte professionnel retenu, owed to the SPF Finances. */
    public static final String WITHHOLDING_TAX = "453000";
    /** ONSS: the contributions (and the special contribution) owed to the social security. */
    public static final String SOCIAL_SECURITY = "454000";
    /** Rémunérations nettes dues au personnel. */
    public static final String STAFF_PAY_DUE = "455000";
    public static final String BANK = "550000";
    public static final String CASH = "570000";
    public static final String PURCHASES_FOR_RESALE = "604000";
    public static final String SUPPLIES = "601000";
    /** Services et biens divers. */
    public static final String PURCHASED_SERVICES = "613000";
    /** Frais de déplacement. */
    public static final String TRAVEL = "613500";
    /** Rémunérations et avantages sociaux directs des employés. */
    public static final String GROSS_SALARIES = "620200";
    /** Cotisations patronales d'assurances sociales. */
    public static final String EMPLOYER_CONTRIBUTIONS = "621000";
    /** The contribution's analytic transfer: debit on the activity, credit on the structure. */
    public static final String CONTRIBUTION = "643000";
    public static final String SERVICES_SOLD = "700000";
    public static final String GOODS_SOLD = "701000";
    /** Produits d'exploitation divers. */
    public static final String ANCILLARY_INCOME = "743000";
    /** Subsides d'exploitation (public support to the cooperative). */
    public static final String OPERATING_SUBSIDIES = "740000";
    /** Work one activity sells to another of the cooperative, and its cost for the buyer. */
    public static final String INTERNAL_SALES = "706000";
    public static final String INTERNAL_PURCHASES = "613800";

    private BelgianAccounts() {
    }
}
