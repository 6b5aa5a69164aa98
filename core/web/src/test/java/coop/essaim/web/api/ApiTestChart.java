package coop.essaim.web.api;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ChartOfAccounts;

import java.util.List;

/** A few French accounts, contributed by the test module under /apichart until the French plugin ships the PCG. */
public final class ApiTestChart implements ChartOfAccounts {

    private static final List<Account> ACCOUNTS = List.of(
            new Account("411000", "Clients", AccountKind.ASSET),
            new Account("512000", "Banque", AccountKind.ASSET),
            new Account("601000", "Achats", AccountKind.EXPENSE),
            new Account("658100", "Contribution coopérative", AccountKind.EXPENSE, AccountRole.CONTRIBUTION),
            new Account("706000", "Prestations de services", AccountKind.INCOME));

    @Override
    public String country() {
        return "FR";
    }

    @Override
    public List<Account> accounts() {
        return ACCOUNTS;
    }
}
