package coop.essaim.countryfr.internal;

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
 * The accounts of the French plan comptable général (règlement ANC n° 2014-03) a business and employment
 * cooperative uses, at six digits as French software writes them, with the roles the core reads an
 * activity's account through: cash (512, 530), customers (411), suppliers (401), purchases for resale (607),
 * salary costs (641, 645, 647) and the year's result (120, 129). Accounts a cooperative lacks can be added by
 * a later version; the codes never change meaning.
 */
public final class FrenchChart implements ChartOfAccounts {

    private static final List<Account> ACCOUNTS = List.of(
            a("101300", "Capital souscrit, appelé, versé", EQUITY),
            a("106100", "Réserve légale", EQUITY),
            a("106800", "Autres réserves (réserves impartageables)", EQUITY),
            a("110000", "Report à nouveau (solde créditeur)", EQUITY),
            a("119000", "Report à nouveau (solde débiteur)", EQUITY),
            a("120000", "Résultat de l’exercice (bénéfice)", EQUITY, AccountRole.YEAR_PROFIT),
            a("129000", "Résultat de l’exercice (perte)", EQUITY, AccountRole.YEAR_LOSS),
            a("164000", "Emprunts auprès des établissements de crédit", LIABILITY),
            a("218300", "Matériel de bureau et informatique", ASSET),
            a("218400", "Mobilier", ASSET),
            a("281830", "Amortissement du matériel de bureau et informatique", ASSET),
            a("275000", "Dépôts et cautionnements versés", ASSET),
            a("370000", "Stocks de marchandises", ASSET),
            a("401000", "Fournisseurs", LIABILITY, AccountRole.PAYABLE),
            a("404000", "Fournisseurs d’immobilisations", LIABILITY, AccountRole.PAYABLE),
            a("408000", "Fournisseurs, factures non parvenues", LIABILITY),
            a("409100", "Fournisseurs, avances et acomptes versés", ASSET),
            a("411000", "Clients", ASSET, AccountRole.RECEIVABLE),
            a("416000", "Clients douteux ou litigieux", ASSET, AccountRole.RECEIVABLE),
            a("418000", "Clients, factures à établir", ASSET),
            a("419100", "Clients, avances et acomptes reçus", LIABILITY),
            a("421000", "Personnel, rémunérations dues", LIABILITY),
            a("424000", "Participation des salariés aux résultats", LIABILITY),
            a("425000", "Personnel, avances et acomptes", ASSET),
            a("428200", "Dettes provisionnées pour congés à payer", LIABILITY),
            a("431000", "Sécurité sociale", LIABILITY),
            a("437100", "Caisses de retraite complémentaire", LIABILITY),
            a("437200", "Prévoyance et mutuelle", LIABILITY),
            a("442100", "Prélèvement à la source de l’impôt sur le revenu", LIABILITY),
            a("444000", "État, impôt sur les bénéfices", LIABILITY),
            a("445510", "TVA à décaisser", LIABILITY),
            a("445620", "TVA déductible sur immobilisations", ASSET),
            a("445660", "TVA déductible sur autres biens et services", ASSET),
            a("445670", "Crédit de TVA à reporter", ASSET),
            a("445710", "TVA collectée", LIABILITY),
            a("445800", "TVA à régulariser ou en attente", LIABILITY),
            a("455000", "Associés, comptes courants", LIABILITY),
            a("456100", "Associés, comptes d’apport en société", ASSET),
            a("457000", "Associés, dividendes à payer", LIABILITY),
            a("467000", "Autres comptes débiteurs ou créditeurs", ASSET),
            a("471000", "Compte d’attente", ASSET),
            a("486000", "Charges constatées d’avance", ASSET),
            a("487000", "Produits constatés d’avance", LIABILITY),
            a("512000", "Banque", ASSET, AccountRole.CASH),
            a("530000", "Caisse", ASSET, AccountRole.CASH),
            a("580000", "Virements internes", ASSET),
            a("601000", "Achats stockés, matières premières", EXPENSE),
            a("602000", "Achats stockés, autres approvisionnements", EXPENSE),
            a("604000", "Achats d’études et prestations de services", EXPENSE),
            a("604800", "Prestations internes entre activités", EXPENSE),
            a("606000", "Achats non stockés de matières et fournitures", EXPENSE),
            a("606400", "Fournitures administratives", EXPENSE),
            a("607000", "Achats de marchandises", EXPENSE, AccountRole.PURCHASES_FOR_RESALE),
            a("611000", "Sous-traitance générale", EXPENSE),
            a("613200", "Locations immobilières", EXPENSE),
            a("615000", "Entretien et réparations", EXPENSE),
            a("616000", "Primes d’assurances", EXPENSE),
            a("618000", "Documentation et séminaires", EXPENSE),
            a("622600", "Honoraires", EXPENSE),
            a("623000", "Publicité, publications, relations publiques", EXPENSE),
            a("624000", "Transports de biens", EXPENSE),
            a("625100", "Voyages et déplacements", EXPENSE),
            a("625600", "Missions et réceptions", EXPENSE),
            a("626000", "Frais postaux et de télécommunications", EXPENSE),
            a("627000", "Services bancaires", EXPENSE),
            a("628100", "Cotisations (réseaux, fédérations)", EXPENSE),
            a("631000", "Taxes sur les rémunérations", EXPENSE, AccountRole.SALARY_COST),
            a("633300", "Participation des employeurs à la formation professionnelle continue", EXPENSE,
                    AccountRole.SALARY_COST),
            a("635100", "Impôts directs (CFE)", EXPENSE),
            a("641000", "Rémunérations du personnel", EXPENSE, AccountRole.SALARY_COST),
            a("641200", "Congés payés", EXPENSE, AccountRole.SALARY_COST),
            a("645000", "Charges de sécurité sociale et de prévoyance", EXPENSE, AccountRole.SALARY_COST),
            a("647000", "Autres charges sociales", EXPENSE, AccountRole.SALARY_COST),
            a("651000", "Redevances pour licences et logiciels", EXPENSE),
            a("658100", "Contribution coopérative (transfert analytique vers la structure)", EXPENSE,
                    AccountRole.CONTRIBUTION),
            a("661000", "Charges d’intérêts", EXPENSE),
            a("671000", "Charges exceptionnelles sur opérations de gestion", EXPENSE),
            a("681100", "Dotations aux amortissements des immobilisations", EXPENSE),
            a("691000", "Participation des salariés aux résultats", EXPENSE),
            a("695000", "Impôts sur les bénéfices", EXPENSE),
            a("701000", "Ventes de produits finis", INCOME),
            a("706000", "Prestations de services", INCOME),
            a("707000", "Ventes de marchandises", INCOME),
            a("708000", "Produits des activités annexes", INCOME),
            a("708800", "Prestations internes entre activités", INCOME, AccountRole.INTERNAL_SALES),
            a("709000", "Rabais, remises et ristournes accordés", INCOME),
            a("740000", "Subventions d’exploitation", INCOME),
            a("758000", "Produits divers de gestion courante", INCOME),
            a("761000", "Produits financiers", INCOME),
            a("771000", "Produits exceptionnels sur opérations de gestion", INCOME),
            a("791000", "Transferts de charges", INCOME));

    @Override
    public String country() {
        return "FR";
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
