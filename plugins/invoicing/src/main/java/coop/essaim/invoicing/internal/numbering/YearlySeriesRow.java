package coop.essaim.invoicing.internal.numbering;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

import java.io.Serializable;

/**
 * The row of one cooperative's yearly series: the last number given that year. Invoices and quotes keep their
 * series in tables of their own (same columns), each mapped by a thin entity over this class.
 */
@MappedSuperclass
@IdClass(YearlySeriesRow.Key.class)
public abstract class YearlySeriesRow {

    @Id
    @Column(name = "COOPERATIVE_ID")
    private long cooperativeId;

    @Id
    @Column(name = "SERIES_YEAR")
    private int year;

    @Column(name = "LAST_NUMBER", nullable = false)
    private int lastNumber;

    protected YearlySeriesRow() {
        // for JPA
    }

    protected YearlySeriesRow(long cooperativeId, int year) {
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
