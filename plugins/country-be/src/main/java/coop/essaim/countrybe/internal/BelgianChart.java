package coop.essaim.countrybe.internal;

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

/**
 * The accounts of the Belgian plan comptable minimum normalisé (PCMN: arrêté royal du 21 octobre 2018 portant
 * exécution du Code des sociétés et des associations, livre III, titre 1, and its annex; formerly the AR of
 * 12 September 1983) a cooperative (SC, société coopérative) uses, at six digits as Belgian software writes them,
 * with the roles the core reads an activity's account through: cash (55 bank, 57 cash), customers (400),
 * suppliers (440), purchases for resale (604), salary costs (620 to 623), the contribution's analytic transfer
 * (643) and the result carried forward (140 profit, 141 loss). Labels are the PCMN's French wording; the codes
 * never change meaning, accounts a cooperative lacks can be added by a later version.
 */
public final class BelgianChart implements ChartOfAccounts {

    private static final List<Account> ACCOUNTS = List.of(
            a("100000", "Capital souscrit", EQUITY),
            a("101000", "Capital non appelé", EQUITY),
            a("130000", "Réserve légale", EQUITY),
            a("131000", "Réserves indisponibles", EQUITY),
            a("133000", "Réserves disponibles", EQUITY),
            a("140000", "Bénéfice reporté", EQUITY, AccountRole.YEAR_PROFIT),
            a("141000", "Perte reportée", EQUITY, AccountRole.YEAR_LOSS),
            a("173000", "Dettes à plus d'un an envers des établissements de crédit", LIABILITY),
            a("240000", "Mobilier et matériel roulant", ASSET),
            a("240900", "Mobilier et matériel roulant, amortissements actés", ASSET),
            a("288000", "Cautionnements versés en numéraire", ASSET),
            a("340000", "Marchandises", ASSET),
            a("400000", "Clients", ASSET, AccountRole.RECEIVABLE),
            a("404000", "Produits à recevoir", ASSET),
            a("407000", "Créances douteuses", ASSET, AccountRole.RECEIVABLE),
            a("411000", "TVA à récupérer", ASSET),
            a("412000", "Impôts et précomptes belges à récupérer", ASSET),
            a("416000", "Créances diverses", ASSET),
            a("440000", "Fournisseurs", LIABILITY, AccountRole.PAYABLE),
            a("444000", "Factures à recevoir", LIABILITY),
            a("451000", "TVA à payer", LIABILITY),
            a("452000", "Impôts et taxes à payer", LIABILITY),
            a("453000", "Précomptes retenus", LIABILITY),
            a("454000", "Office national de sécurité sociale", LIABILITY),
            a("455000", "Rémunérations", LIABILITY),
            a("456000", "Pécules de vacances", LIABILITY),
            a("459000", "Autres dettes sociales", LIABILITY),
            a("460000", "Acomptes reçus sur commandes", LIABILITY),
            a("471000", "Dividendes de l'exercice", LIABILITY),
            a("489000", "Autres dettes diverses", LIABILITY),
            a("490000", "Charges à reporter", ASSET),
            a("493000", "Produits à reporter", LIABILITY),
            a("499000", "Comptes d'attente", ASSET),
            a("550000", "Établissements de crédit, comptes courants", ASSET, AccountRole.CASH),
            a("570000", "Caisses, espèces", ASSET, AccountRole.CASH),
            a("580000", "Virements internes", ASSET),
            a("601000", "Achats de fournitures", EXPENSE),
            a("604000", "Achats de marchandises", EXPENSE, AccountRole.PURCHASES_FOR_RESALE),
            a("610000", "Loyers et charges locatives", EXPENSE),
            a("611000", "Entretien et réparations", EXPENSE),
            a("612000", "Fournitures faites à l'entreprise (eau, énergie)", EXPENSE),
            a("613000", "Rétributions de tiers et services divers", EXPENSE),
            a("613500", "Frais de déplacement", EXPENSE),
            a("613800", "Prestations internes entre activités", EXPENSE),
            a("614000", "Annonces, publicité et documentation", EXPENSE),
            a("615000", "Sous-traitants", EXPENSE),
            a("616000", "Assurances", EXPENSE),
            a("617000", "Personnel intérimaire", EXPENSE),
            a("620200", "Rémunérations et avantages sociaux directs, employés", EXPENSE, AccountRole.SALARY_COST),
            a("620300", "Rémunérations et avantages sociaux directs, ouvriers", EXPENSE, AccountRole.SALARY_COST),
            a("621000", "Cotisations patronales d'assurances sociales", EXPENSE, AccountRole.SALARY_COST),
            a("622000", "Primes patronales pour assurances extralégales", EXPENSE, AccountRole.SALARY_COST),
            a("623000", "Autres frais de personnel", EXPENSE, AccountRole.SALARY_COST),
            a("630000", "Dotations aux amortissements", EXPENSE),
            a("640000", "Charges fiscales d'exploitation", EXPENSE),
            a("643000", "Contribution coopérative (transfert analytique vers la structure)", EXPENSE,
                    AccountRole.CONTRIBUTION),
            a("650000", "Charges des dettes", EXPENSE),
            a("657000", "Charges financières diverses", EXPENSE),
            a("670000", "Impôts belges sur le résultat de l'exercice", EXPENSE),
            a("694000", "Rémunération du capital (dividendes)", EXPENSE),
            a("696000", "Participation des travailleurs", EXPENSE),
            a("700000", "Chiffre d'affaires, prestations de services", INCOME),
            a("701000", "Chiffre d'affaires, ventes de marchandises", INCOME),
            a("706000", "Prestations internes entre activités", INCOME, AccountRole.INTERNAL_SALES),
            a("708000", "Remises, ristournes et rabais accordés", INCOME),
            a("740000", "Subsides d'exploitation et montants compensatoires", INCOME),
            a("743000", "Produits d'exploitation divers", INCOME),
            a("751000", "Produits des actifs circulants", INCOME),
            a("764000", "Produits non récurrents d'exploitation", INCOME));

    @Override
    public String country() {
        return "BE";
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
