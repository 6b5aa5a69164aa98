package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

/** What the default scheme's rate applies to (network charter, commitment 3). */
public enum ContributionBase {
    /** Turnover excluding VAT. */
    TURNOVER,
    /** Turnover excluding VAT minus purchases for resale. */
    GROSS_MARGIN;

    public Money of(ActivityFigures figures) {
        return this == TURNOVER ? figures.turnoverExclVat() : figures.grossMargin();
    }
}
