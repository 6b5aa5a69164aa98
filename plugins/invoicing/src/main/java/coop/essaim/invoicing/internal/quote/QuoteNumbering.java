package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.invoicing.internal.numbering.YearlySeries;
import jakarta.persistence.EntityManager;

/**
 * The cooperative's quote numbers: one series per calendar year ({@code D2026-00001}...), given when a quote is
 * sent, the invoices' way (a locked series row, so no two quotes share a number, and a failed sending gives its
 * number back). A table of its own rather than a key in the invoices' series: that table's key is the year alone,
 * and the invoices' numbering must stay exactly what it is.
 */
final class QuoteNumbering {

    static final String PREFIX = "D";

    private static final YearlySeries<QuoteSeriesEntity> SERIES =
            new YearlySeries<>(QuoteSeriesEntity.class, QuoteSeriesEntity::new, "quote series");

    private QuoteNumbering() {
    }

    /** Creates the year's series if it does not exist yet; called outside the sending transaction. */
    static void ensureSeries(ModuleStore store, long cooperativeId, int year) {
        SERIES.ensure(store, cooperativeId, year);
    }

    /** The next number, the series row staying locked until the caller's transaction ends. */
    static String next(EntityManager em, long cooperativeId, int year) {
        return String.format("%s%d-%05d", PREFIX, year, SERIES.next(em, cooperativeId, year));
    }
}
