package coop.essaim.testmodules.chart;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.kernel.ledger.LedgerTestCharts;

import java.util.List;

/** The tests' small French chart as a plugin would contribute it (a public class listed in META-INF/services). */
public final class TestFrenchChart implements ChartOfAccounts {

    @Override
    public String country() {
        return "FR";
    }

    @Override
    public List<Account> accounts() {
        return LedgerTestCharts.FRENCH.accounts();
    }
}
