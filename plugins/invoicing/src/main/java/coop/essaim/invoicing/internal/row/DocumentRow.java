package coop.essaim.invoicing.internal.row;

import coop.essaim.api.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.Currency;

/**
 * An activity's document with its totals in one currency: excl. VAT, VAT and incl. VAT, in minor units (an
 * invoice, a quote, a supplier invoice). The currency is fixed at creation.
 */
@MappedSuperclass
public abstract class DocumentRow extends ActivityRow {

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "TOTAL_EXCL_MINOR", nullable = false)
    private long totalExclMinor;

    @Column(name = "TOTAL_VAT_MINOR", nullable = false)
    private long totalVatMinor;

    @Column(name = "TOTAL_INCL_MINOR", nullable = false)
    private long totalInclMinor;

    protected DocumentRow() {
        // for JPA
    }

    protected DocumentRow(long cooperativeId, long activityId, String currency, String login, Instant now) {
        super(cooperativeId, activityId, login, now);
        this.currency = currency;
    }

    protected final void totals(long exclMinor, long vatMinor, long inclMinor) {
        this.totalExclMinor = exclMinor;
        this.totalVatMinor = vatMinor;
        this.totalInclMinor = inclMinor;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    protected final long totalInclMinor() {
        return totalInclMinor;
    }

    protected final Money totalExcl() {
        return Money.of(totalExclMinor, currency());
    }

    protected final Money totalVat() {
        return Money.of(totalVatMinor, currency());
    }

    protected final Money totalIncl() {
        return Money.of(totalInclMinor, currency());
    }
}
