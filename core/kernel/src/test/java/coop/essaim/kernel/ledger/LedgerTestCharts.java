package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.ChartOfAccounts;

import java.util.List;

/** Small charts of accounts for tests, until the country plugins contribute the real ones. */
public final class LedgerTestCharts {

    /** A few accounts of the French PCG: customers, bank, VAT collected, purchases, services sold. */
    public static final ChartOfAccounts FRENCH = new ChartOfAccounts() {
        private final List<Account> accounts = List.of(
                new Account("411000", "Clients", AccountKind.ASSET),
                new Account("512000", "Banque", AccountKind.ASSET),
                new Account("445710", "TVA collectée", AccountKind.LIABILITY),
                new Account("601000", "Achats", AccountKind.EXPENSE),
                new Account("706000", "Prestations de services", AccountKind.INCOME));

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
