package coop.essaim.web.internal.ledger;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The trial balance (balance générale): per account (and activity), opening, movements and closing balances. */
public class TrialBalancePage extends LedgerReportPage {

    private static final long serialVersionUID = 1L;

    public TrialBalancePage(PageParameters parameters) {
        super(parameters);
    }

    @Override
    protected LedgerReport report() {
        return LedgerReport.TRIAL_BALANCE;
    }
}
