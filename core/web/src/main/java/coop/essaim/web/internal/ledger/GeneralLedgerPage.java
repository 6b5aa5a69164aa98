package coop.essaim.web.internal.ledger;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The general ledger (grand livre) of one account or all, a page of lines at a time with the running balance. */
public class GeneralLedgerPage extends LedgerReportPage {

    private static final long serialVersionUID = 1L;

    public GeneralLedgerPage(PageParameters parameters) {
        super(parameters);
    }

    @Override
    protected LedgerReport report() {
        return LedgerReport.GENERAL_LEDGER;
    }
}
