package coop.essaim.web.internal.ledger;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The income statement of a period, of the whole cooperative or one activity. */
public class IncomeStatementPage extends LedgerReportPage {

    private static final long serialVersionUID = 1L;

    public IncomeStatementPage(PageParameters parameters) {
        super(parameters);
    }

    @Override
    protected LedgerReport report() {
        return LedgerReport.INCOME_STATEMENT;
    }
}
