package coop.essaim.invoicing.api;

import java.math.BigDecimal;

/** An item of an activity's catalogue; an archived one is kept (documents were filled from it) but not offered. */
public record CatalogueItem(long id, long activityId, CatalogueItemDetails details, boolean archived) {

    /** The invoice line this item fills: one unit at its price, no discount. */
    public LineDraft line() {
        return new LineDraft(details.name(), details.kind(), BigDecimal.ONE, details.unitCode(),
                details.unitPrice(), BigDecimal.ZERO, details.vatCode());
    }
}
