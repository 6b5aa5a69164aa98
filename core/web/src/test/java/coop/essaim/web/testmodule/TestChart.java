package coop.essaim.web.testmodule;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ChartOfAccounts;

import java.util.List;

/** A few accounts of the French PCG, until the French plugin contributes the chart. */
public final class TestChart implements ChartOfAccounts {

    private static final List<Account> ACCOUNTS = List.of(
            new Account("411000", "Clients", AccountKind.ASSET),
            new Account("512000", "Banque", AccountKind.ASSET, AccountRole.CASH),
            new Account("401000", "Fournisseurs", AccountKind.LIABILITY),
            new Account("606000", "Achats non stockés", AccountKind.EXPENSE),
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
