package coop.essaim.countryma.internal;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ChartOfAccounts;

import java.util.List;

import static coop.essaim.api.ledger.AccountKind.ASSET;
import static coop.essaim.api.ledger.AccountKind.EQUITY;
import static coop.essaim.api.ledger.AccountKind.EXPENSE;
import static coop.essaim.api.ledger.AccountKind.INCOME;
import static coop.essaim.api.ledger.AccountKind.LIABILITY;
import static coop.essaim.api.ledger.AccountRole.CASH;
import static coop.essaim.api.ledger.AccountRole.CONTRIBUTION;
import static coop.essaim.api.ledger.AccountRole.INTERNAL_SALES;
import static coop.essaim.api.ledger.AccountRole.PAYABLE;
import static coop.essaim.api.ledger.AccountRole.PURCHASES_FOR_RESALE;
import static coop.essaim.api.ledger.AccountRole.RECEIVABLE;
import static coop.essaim.api.ledger.AccountRole.SALARY_COST;
import static coop.essaim.api.ledger.AccountRole.YEAR_LOSS;
import static coop.essaim.api.ledger.AccountRole.YEAR_PROFIT;

/**
 * The accounts of the Moroccan code général de normalisation comptable (CGNC, loi n° 9-88 relative aux
 * obligations comptables des commerçants, and the CGNC's plan de comptes) a business and employment cooperative
 * uses, at four digits as the CGNC lists them, with the roles the core reads an activity's account through: cash
 * (5141, 5161), customers (3421), suppliers (4411), purchases for resale (6111), salary costs (6171, 6174, 6176)
 * and the year's result (1191, 1199). Three sub-accounts at five digits carry what the CGNC has no account for:
 * the internal invoices between activities (71278, 61268) and the cooperative's contribution (61881). Note the
 * CGNC's balance-sheet order: class 3 holds current assets (customers 3421, VAT recoverable 3455), class 4 current
 * liabilities (suppliers 4411, VAT charged 4455). Codes never change meaning; a later version may add accounts.
 */
public final class MoroccanChart implements ChartOfAccounts {

    private static final List<Account> ACCOUNTS = List.of(
            // class 1: financement permanent
            a("1111", "Capital social", EQUITY),
            a("1119", "Actionnaires, capital souscrit non appelé", EQUITY),
            a("1140", "Réserve légale", EQUITY),
            a("1151", "Réserves statutaires ou contractuelles", EQUITY),
            a("1152", "Réserves facultatives", EQUITY),
            a("1161", "Report à nouveau (solde créditeur)", EQUITY),
            a("1169", "Report à nouveau (solde débiteur)", EQUITY),
            a("1191", "Résultat net de l’exercice (solde créditeur)", EQUITY, YEAR_PROFIT),
            a("1199", "Résultat net de l’exercice (solde débiteur)", EQUITY, YEAR_LOSS),
            a("1481", "Emprunts auprès des établissements de crédit", LIABILITY),
            // class 2: actif immobilisé
            a("2351", "Mobilier de bureau", ASSET),
            a("2352", "Matériel de bureau", ASSET),
            a("2355", "Matériel informatique", ASSET),
            a("2486", "Dépôts et cautionnements versés", ASSET),
            a("2835", "Amortissements du mobilier, matériel de bureau et aménagements divers", ASSET),
            // class 3: actif circulant (hors trésorerie)
            a("3111", "Marchandises", ASSET),
            a("3411", "Fournisseurs, avances et acomptes versés sur commandes d’exploitation", ASSET),
            a("3421", "Clients", ASSET, RECEIVABLE),
            a("3424", "Clients douteux ou litigieux", ASSET, RECEIVABLE),
            a("3427", "Clients, factures à établir et créances sur travaux non encore facturables", ASSET),
            a("3431", "Avances et acomptes au personnel", ASSET),
            a("3455", "État, TVA récupérable", ASSET),
            a("3456", "État, crédit de TVA (suivant déclarations)", ASSET),
            a("3491", "Charges constatées d’avance", ASSET),
            // class 4: passif circulant (hors trésorerie)
            a("4411", "Fournisseurs", LIABILITY, PAYABLE),
            a("4417", "Fournisseurs, retenues de garantie", LIABILITY, PAYABLE),
            a("4418", "Fournisseurs, factures non parvenues", LIABILITY),
            a("4421", "Clients, avances et acomptes reçus", LIABILITY),
            a("4432", "Rémunérations dues au personnel", LIABILITY),
            a("4441", "Caisse nationale de la sécurité sociale (CNSS)", LIABILITY),
            a("4443", "Caisses de retraite", LIABILITY),
            a("4445", "Mutuelles", LIABILITY),
            a("4452", "État, impôts, taxes et assimilés (IR retenu à la source)", LIABILITY),
            a("4453", "État, impôts sur les résultats", LIABILITY),
            a("4455", "État, TVA facturée", LIABILITY),
            a("4456", "État, TVA due (suivant déclarations)", LIABILITY),
            a("4463", "Comptes d’associés créditeurs", LIABILITY),
            a("4465", "Associés, dividendes à payer", LIABILITY),
            a("4488", "Divers créanciers", LIABILITY),
            a("4491", "Produits constatés d’avance", LIABILITY),
            // class 5: trésorerie
            a("5115", "Virements de fonds", ASSET),
            a("5141", "Banques (soldes débiteurs)", ASSET, CASH),
            a("5161", "Caisses", ASSET, CASH),
            // class 6: charges
            a("6111", "Achats de marchandises", EXPENSE, PURCHASES_FOR_RESALE),
            a("6121", "Achats de matières premières", EXPENSE),
            a("6122", "Achats de matières et fournitures consommables", EXPENSE),
            a("6125", "Achats non stockés de matières et fournitures", EXPENSE),
            a("6126", "Achats de travaux, études et prestations de services", EXPENSE),
            a("61268", "Prestations internes entre activités", EXPENSE),
            a("6131", "Locations et charges locatives", EXPENSE),
            a("6133", "Entretien et réparations", EXPENSE),
            a("6134", "Primes d’assurances", EXPENSE),
            a("6136", "Rémunérations d’intermédiaires et honoraires", EXPENSE),
            a("6142", "Transports", EXPENSE),
            a("6143", "Déplacements, missions et réceptions", EXPENSE),
            a("6144", "Publicité, publications et relations publiques", EXPENSE),
            a("6145", "Frais postaux et frais de télécommunications", EXPENSE),
            a("6146", "Cotisations et dons", EXPENSE),
            a("6147", "Services bancaires", EXPENSE),
            a("6161", "Impôts et taxes directs (taxe professionnelle, taxe de services communaux)", EXPENSE),
            a("6167", "Impôts, taxes et droits assimilés", EXPENSE),
            a("6171", "Rémunérations du personnel", EXPENSE, SALARY_COST),
            a("6174", "Charges sociales", EXPENSE, SALARY_COST),
            a("6176", "Charges sociales diverses", EXPENSE, SALARY_COST),
            a("6188", "Autres charges d’exploitation", EXPENSE),
            a("61881", "Contribution coopérative (transfert analytique vers la structure)", EXPENSE, CONTRIBUTION),
            a("6193", "Dotations d’exploitation aux amortissements des immobilisations corporelles", EXPENSE),
            a("6311", "Intérêts des emprunts et dettes", EXPENSE),
            a("6588", "Autres charges non courantes", EXPENSE),
            a("6701", "Impôts sur les résultats", EXPENSE),
            // class 7: produits
            a("7111", "Ventes de marchandises au Maroc", INCOME),
            a("7113", "Ventes de marchandises à l’étranger", INCOME),
            a("7121", "Ventes de biens et services produits au Maroc", INCOME),
            a("7122", "Ventes de biens et services produits à l’étranger", INCOME),
            a("7127", "Ventes et produits accessoires", INCOME),
            a("71278", "Prestations internes entre activités", INCOME, INTERNAL_SALES),
            a("7129", "Rabais, remises et ristournes accordés", INCOME),
            a("7161", "Subventions d’exploitation reçues de l’exercice", INCOME),
            a("7197", "Transferts de charges d’exploitation", INCOME),
            a("7381", "Intérêts et produits assimilés", INCOME),
            a("7588", "Autres produits non courants", INCOME));

    @Override
    public String country() {
        return "MA";
    }

    @Override
    public List<Account> accounts() {
        return ACCOUNTS;
    }

    private static Account a(String code, String label, AccountKind kind) {
        return new Account(code, label, kind);
    }

    private static Account a(String code, String label, AccountKind kind, AccountRole role) {
        return new Account(code, label, kind, role);
    }
}
