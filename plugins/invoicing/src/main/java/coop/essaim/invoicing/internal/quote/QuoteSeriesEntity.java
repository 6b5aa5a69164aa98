package coop.essaim.invoicing.internal.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** Table INV_QUOTE_SERIES: the last number given in a cooperative's yearly series of quotes. */
@Entity(name = "InvoicingQuoteSeries")
@Table(name = "INV_QUOTE_SERIES")
@IdClass(QuoteSeriesEntity.Key.class)
public class QuoteSeriesEntity {

    @Id
    @Column(name = "COOPERATIVE_ID")
    private long cooperativeId;

    @Id
    @Column(name = "SERIES_YEAR")
    private int year;

    @Column(name = "LAST_NUMBER", nullable = false)
    private int lastNumber;

    protected QuoteSeriesEntity() {
        // for JPA
    }

    QuoteSeriesEntity(long cooperativeId, int year) {
        this.cooperativeId = cooperativeId;
        this.year = year;
    }

    int next() {
        return ++lastNumber;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long cooperativeId;
        private int year;

        public Key() {
        }

        public Key(long cooperativeId, int year) {
            this.cooperativeId = cooperativeId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.cooperativeId == cooperativeId && k.year == year;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(cooperativeId) * 31 + year;
        }
    }
}
