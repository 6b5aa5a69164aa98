package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ChartOfAccounts;

import java.util.List;

/** Small charts of accounts for tests, until the country plugins contribute the real ones. */
public final class LedgerTestCharts {

    /** A few accounts of the French PCG: third parties, bank, VAT, purchases, salaries, sales; with their roles. */
    public static final ChartOfAccounts FRENCH = new ChartOfAccounts() {
        private final List<Account> accounts = List.of(
                new Account("120000", "Résultat de l’exercice (bénéfice)", AccountKind.EQUITY, AccountRole.YEAR_PROFIT),
                new Account("129000", "Résultat de l’exercice (perte)", AccountKind.EQUITY, AccountRole.YEAR_LOSS),
                new Account("401000", "Fournisseurs", AccountKind.LIABILITY, AccountRole.PAYABLE),
                new Account("411000", "Clients", AccountKind.ASSET, AccountRole.RECEIVABLE),
                new Account("421000", "Personnel, rémunérations dues", AccountKind.LIABILITY),
                new Account("512000", "Banque", AccountKind.ASSET, AccountRole.CASH),
                new Account("445660", "TVA déductible", AccountKind.ASSET),
                new Account("445710", "TVA collectée", AccountKind.LIABILITY),
                new Account("601000", "Achats", AccountKind.EXPENSE),
                new Account("607000", "Achats de marchandises", AccountKind.EXPENSE, AccountRole.PURCHASES_FOR_RESALE),
                new Account("641000", "Rémunérations du personnel", AccountKind.EXPENSE, AccountRole.SALARY_COST),
                new Account("645000", "Charges de sécurité sociale", AccountKind.EXPENSE, AccountRole.SALARY_COST),
                new Account("658100", "Contribution coopérative", AccountKind.EXPENSE, AccountRole.CONTRIBUTION),
                new Account("706000", "Prestations de services", AccountKind.INCOME),
                new Account("707000", "Ventes de marchandises", AccountKind.INCOME));

        @Override
        public String country() {
            return "FR";
        }

        @Override
        public List<Account> accounts() {
            return accounts;
        }
    };

    private LedgerTestCharts() {
    }
}
