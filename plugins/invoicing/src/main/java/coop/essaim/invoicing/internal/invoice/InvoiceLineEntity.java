package coop.essaim.invoicing.internal.invoice;

import coop.essaim.invoicing.api.InvoiceLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Currency;

/** Table INV_INVOICE_LINE: one line of an invoice, with its computed amounts. */
@Entity(name = "InvoicingInvoiceLine")
@Table(name = "INV_INVOICE_LINE")
public class InvoiceLineEntity {

    @Id
    @SequenceGenerator(name = "INV_INVOICE_LINE_SEQ", sequenceName = "INV_INVOICE_LINE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_INVOICE_LINE_SEQ")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "INVOICE_ID", nullable = false, updatable = false)
    private InvoiceEntity invoice;

    @Column(name = "LINE_NO", nullable = false)
    private int position;

    @Embedded
    private SalesLineFigures figures;

    protected InvoiceLineEntity() {
        // for JPA
    }

    InvoiceLineEntity(InvoiceEntity invoice, InvoiceLine line) {
        this.invoice = invoice;
        this.position = line.position();
        this.figures = new SalesLineFigures(line);
    }

    InvoiceLine toRecord(Currency currency) {
        return figures.toRecord(position, currency);
    }
}
