package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.money.Money;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.LineKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Currency;

/** Table INV_QUOTE_LINE: one line of a quote, with its computed amounts. */
@Entity(name = "InvoicingQuoteLine")
@Table(name = "INV_QUOTE_LINE")
public class QuoteLineEntity {

    @Id
    @SequenceGenerator(name = "INV_QUOTE_LINE_SEQ", sequenceName = "INV_QUOTE_LINE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_QUOTE_LINE_SEQ")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "QUOTE_ID", nullable = false, updatable = false)
    private QuoteEntity quote;

    @Column(name = "LINE_NO", nullable = false)
    private int position;

    @Column(name = "DESCRIPTION", nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "LINE_KIND", nullable = false, length = 10)
    private LineKind kind;

    @Column(name = "QUANTITY", nullable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @Column(name = "UNIT_CODE", nullable = false, length = 3)
    private String unitCode;

    @Column(name = "UNIT_PRICE_MINOR", nullable = false)
    private long unitPriceMinor;

    @Column(name = "DISCOUNT_PERCENT", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Column(name = "VAT_CODE", nullable = false, length = 30)
    private String vatCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "VAT_CATEGORY", nullable = false, length = 20)
    private VatCategory vatCategory;

    @Column(name = "VAT_PERCENT", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatPercent;

    @Column(name = "NET_MINOR", nullable = false)
    private long netMinor;

    @Column(name = "VAT_MINOR", nullable = false)
    private long vatMinor;

    protected QuoteLineEntity() {
        // for JPA
    }

    QuoteLineEntity(QuoteEntity quote, InvoiceLine line) {
        this.quote = quote;
        this.position = line.position();
        this.description = line.description();
        this.kind = line.kind();
        this.quantity = line.quantity();
        this.unitCode = line.unitCode();
        this.unitPriceMinor = line.unitPrice().minorUnits();
        this.discountPercent = line.discountPercent();
        this.vatCode = line.vatCode();
        this.vatCategory = line.vatCategory();
        this.vatPercent = line.vatPercent();
        this.netMinor = line.net().minorUnits();
        this.vatMinor = line.vat().minorUnits();
    }

    int getPosition() {
        return position;
    }

    InvoiceLine toRecord(Currency currency) {
        return new InvoiceLine(position, description, kind, quantity.stripTrailingZeros(), unitCode,
                Money.of(unitPriceMinor, currency), discountPercent.stripTrailingZeros(), vatCode, vatCategory,
                vatPercent.stripTrailingZeros(), Money.of(netMinor, currency), Money.of(vatMinor, currency));
    }
}
