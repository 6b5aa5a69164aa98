package coop.essaim.invoicing.internal.invoice;

import coop.essaim.invoicing.internal.numbering.YearlySeriesRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Table INV_NUMBER_SERIES: the last number given in a cooperative's yearly series of invoices. */
@Entity(name = "InvoicingNumberSeries")
@Table(name = "INV_NUMBER_SERIES")
public class NumberSeriesEntity extends YearlySeriesRow {

    protected NumberSeriesEntity() {
        // for JPA
    }

    NumberSeriesEntity(long cooperativeId, int year) {
        super(cooperativeId, year);
    }
}
