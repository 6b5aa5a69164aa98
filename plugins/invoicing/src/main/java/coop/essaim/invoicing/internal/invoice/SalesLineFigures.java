package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.money.Money;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.LineKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What a sales line says and its computed amounts, as an invoice line and a quote line both store them (the
 * same columns in INV_INVOICE_LINE and INV_QUOTE_LINE); the line's position stays on its entity, which orders by it.
 */
@Embeddable
public class SalesLineFigures {

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

    protected SalesLineFigures() {
        // for JPA
    }

    public SalesLineFigures(InvoiceLine line) {
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

    /** The line at {@code position}, amounts in {@code currency}. */
    public InvoiceLine toRecord(int position, Currency currency) {
        return new InvoiceLine(position, description, kind, quantity.stripTrailingZeros(), unitCode,
                Money.of(unitPriceMinor, currency), discountPercent.stripTrailingZeros(), vatCode, vatCategory,
                vatPercent.stripTrailingZeros(), Money.of(netMinor, currency), Money.of(vatMinor, currency));
    }
}
