package coop.essaim.web.internal.ledger;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The balance sheet at a date, with the fiscal year's result so far in equity. */
public class BalanceSheetPage extends LedgerReportPage {

    private static final long serialVersionUID = 1L;

    public BalanceSheetPage(PageParameters parameters) {
        super(parameters);
    }

    @Override
    protected LedgerReport report() {
        return LedgerReport.BALANCE_SHEET;
    }
}
