package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.invoicing.internal.numbering.YearlySeries;
import jakarta.persistence.EntityManager;

/**
 * The cooperative's invoice numbers: one series per calendar year ({@code 2026-00001}, {@code 2026-00002}...),
 * shared by invoices and credit notes, given in the order of validation. The validating transaction locks the
 * series row, so two validations never get the same number; a validation that fails rolls its number back with
 * it, so the series has no gap.
 */
final class InvoiceNumbering {

    private static final YearlySeries<NumberSeriesEntity> SERIES =
            new YearlySeries<>(NumberSeriesEntity.class, NumberSeriesEntity::new, "number series");

    private InvoiceNumbering() {
    }

    /** Creates the year's series if it does not exist yet; called outside the validating transaction. */
    static void ensureSeries(ModuleStore store, long cooperativeId, int year) {
        SERIES.ensure(store, cooperativeId, year);
    }

    /** The next number, the series row staying locked until the caller's transaction ends. */
    static String next(EntityManager em, long cooperativeId, int year) {
        return String.format("%d-%05d", year, SERIES.next(em, cooperativeId, year));
    }
}
