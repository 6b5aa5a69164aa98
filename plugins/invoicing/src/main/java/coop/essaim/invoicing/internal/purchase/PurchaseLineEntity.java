package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.PurchaseLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table INV_SUPPLIER_INVOICE_LINE: one line of a supplier invoice, replaced as a whole while a draft. */
@Entity(name = "InvoicingPurchaseLine")
@Table(name = "INV_SUPPLIER_INVOICE_LINE")
public class PurchaseLineEntity {

    @Id
    @SequenceGenerator(name = "INV_SUPPLIER_INVOICE_LINE_SEQ", sequenceName = "INV_SUPPLIER_INVOICE_LINE_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_SUPPLIER_INVOICE_LINE_SEQ")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVOICE_ID", nullable = false, updatable = false)
    private SupplierInvoiceEntity invoice;

    @Column(name = "ACCOUNT_CODE", nullable = false, updatable = false, length = 20)
    private String accountCode;

    @Column(name = "DESCRIPTION", nullable = false, updatable = false, length = 500)
    private String description;

    @Column(name = "NET_MINOR", nullable = false, updatable = false)
    private long netMinor;

    @Column(name = "VAT_CODE", updatable = false, length = 40)
    private String vatCode;

    @Column(name = "VAT_MINOR", nullable = false, updatable = false)
    private long vatMinor;

    protected PurchaseLineEntity() {
        // for JPA
    }

    PurchaseLineEntity(SupplierInvoiceEntity invoice, PurchaseContent.Line line) {
        this.invoice = invoice;
        this.accountCode = line.accountCode();
        this.description = line.description();
        this.netMinor = line.net().minorUnits();
        this.vatCode = line.vatCode();
        this.vatMinor = line.vat().minorUnits();
    }

    long getNetMinor() {
        return netMinor;
    }

    long getVatMinor() {
        return vatMinor;
    }

    PurchaseLine toRecord(String currency) {
        return new PurchaseLine(id, accountCode, description, Money.of(netMinor, currency), vatCode,
                Money.of(vatMinor, currency));
    }
}
