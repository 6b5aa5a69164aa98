package coop.essaim.invoicing.internal.invoice;

import coop.essaim.invoicing.api.VatRounding;
import coop.essaim.invoicing.internal.row.DocumentRow;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document an activity writes for one of its customers, computed by {@link InvoiceCalculation}: an invoice or a
 * quote. Each keeps its lines in a table of its own.
 */
@MappedSuperclass
public abstract class SalesDocumentRow extends DocumentRow {

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "ISSUE_DATE", nullable = false)
    private LocalDate issueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "VAT_ROUNDING", nullable = false, length = 10)
    private VatRounding vatRounding;

    @Column(name = "BUYER_REFERENCE", length = 100)
    private String buyerReference;

    protected SalesDocumentRow() {
        // for JPA
    }

    protected SalesDocumentRow(long cooperativeId, long activityId, String currency, String login, Instant now) {
        super(cooperativeId, activityId, currency, login, now);
    }

    /** Takes the draft's customer, date, reference and computed totals; the subclass replaces its lines. */
    protected final void fillSale(long customer, LocalDate issue, String reference,
                                  InvoiceCalculation.Result computed) {
        this.customerId = customer;
        this.issueDate = issue;
        this.buyerReference = reference;
        this.vatRounding = computed.rounding();
        totals(computed.totalExcl().minorUnits(), computed.totalVat().minorUnits(),
                computed.totalIncl().minorUnits());
    }

    public long getCustomerId() {
        return customerId;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    protected final VatRounding vatRounding() {
        return vatRounding;
    }

    protected final String buyerReference() {
        return buyerReference;
    }
}
