package coop.essaim.countryma.api;

/**
 * The accounts of the Moroccan chart (CGNC, code général de normalisation comptable, loi n° 9-88 relative aux
 * obligations comptables des commerçants) that other plugins post to, at four digits as the CGNC writes its
 * accounts. Every code here is in the chart the plugin contributes.
 */
public final class MoroccanAccounts {

    /** 1111 Capital social. */
    public static final String SHARE_CAPITAL = "1111";
    /** 1140 Réserve légale. */
    public static final String LEGAL_RESERVE = "1140";
    /** 1161 Report à nouveau (solde créditeur): where a year's profit is carried forward. */
    public static final String RETAINED_PROFIT = "1161";
    /** 1169 Report à nouveau (solde débiteur): where a year's loss is carried forward. */
    public static final String RETAINED_LOSS = "1169";
    /** 1191 Résultat net de l'exercice (solde créditeur). */
    public static final String YEAR_PROFIT = "1191";
    /** 1199 Résultat net de l'exercice (solde débiteur). */
    public static final String YEAR_LOSS = "1199";
    /** 3421 Clients. */
    public static final String CUSTOMERS = "3421";
    /** 3455 État, TVA récupérable. */
    public static final String VAT_RECOVERABLE = "3455";
    /** 4411 Fournisseurs. */
    public static final String SUPPLIERS = "4411";
    /** 4421 Clients, avances et acomptes reçus: deposits invoiced before the work. */
    public static final String CUSTOMER_DEPOSITS = "4421";
    /** 4432 Rémunérations dues au personnel. */
    public static final String STAFF_PAY_DUE = "4432";
    /** 4441 Caisse nationale de la sécurité sociale (CNSS, AMO and the vocational training tax it collects). */
    public static final String CNSS = "4441";
    /** 4452 État, impôts, taxes et assimilés: the IR withheld on salaries. */
    public static final String INCOME_TAX_WITHHELD = "4452";
    /** 4455 État, TVA facturée. */
    public static final String VAT_COLLECTED = "4455";
    /** 5141 Banques (soldes débiteurs). */
    public static final String BANK = "5141";
    /** 5161 Caisses. */
    public static final String CASH = "5161";
    /** 6111 Achats de marchandises: goods bought for resale. */
    public static final String PURCHASES_FOR_RESALE = "6111";
    /** 6125 Achats non stockés de matières et fournitures. */
    public static final String SUPPLIES = "6125";
    /** 6126 Achats de travaux, études et prestations de services. */
    public static final String PURCHASED_SERVICES = "6126";
    /** 61268 Prestations internes entre activités: the buying side of an internal invoice (a sub-account of 6126). */
    public static final String INTERNAL_PURCHASES = "61268";
    /** 6143 Déplacements, missions et réceptions. */
    public static final String TRAVEL = "6143";
    /** 6171 Rémunérations du personnel: gross salaries. */
    public static final String GROSS_SALARIES = "6171";
    /** 6174 Charges sociales: the employer's contributions. */
    public static final String EMPLOYER_CONTRIBUTIONS = "6174";
    /**
     * 61881 Contribution coopérative: the analytic transfer from an activity to the cooperative's structure (a
     * sub-account of 6188, autres charges d'exploitation).
     */
    public static final String CONTRIBUTION = "61881";
    /** 7111 Ventes de marchandises au Maroc. */
    public static final String GOODS_SOLD = "7111";
    /** 7121 Ventes de biens et services produits: the sales of services. */
    public static final String SALES_OF_SERVICES = "7121";
    /** 71278 Prestations internes entre activités: an internal invoice's turnover (a sub-account of 7127). */
    public static final String INTERNAL_SALES = "71278";

    private MoroccanAccounts() {
    }
}
