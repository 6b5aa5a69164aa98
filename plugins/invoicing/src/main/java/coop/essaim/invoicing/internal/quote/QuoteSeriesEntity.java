package coop.essaim.invoicing.internal.quote;

import coop.essaim.invoicing.internal.numbering.YearlySeriesRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Table INV_QUOTE_SERIES: the last number given in a cooperative's yearly series of quotes. */
@Entity(name = "InvoicingQuoteSeries")
@Table(name = "INV_QUOTE_SERIES")
public class QuoteSeriesEntity extends YearlySeriesRow {

    protected QuoteSeriesEntity() {
        // for JPA
    }

    QuoteSeriesEntity(long cooperativeId, int year) {
        super(cooperativeId, year);
    }
}
