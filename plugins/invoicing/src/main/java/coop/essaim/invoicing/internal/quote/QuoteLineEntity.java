package coop.essaim.invoicing.internal.quote;

import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.internal.invoice.SalesLineFigures;
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

    @Embedded
    private SalesLineFigures figures;

    protected QuoteLineEntity() {
        // for JPA
    }

    QuoteLineEntity(QuoteEntity quote, InvoiceLine line) {
        this.quote = quote;
        this.position = line.position();
        this.figures = new SalesLineFigures(line);
    }

    InvoiceLine toRecord(Currency currency) {
        return figures.toRecord(position, currency);
    }
}
