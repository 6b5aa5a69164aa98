package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.InternalInvoice;
import coop.essaim.invoicing.internal.Audit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table INV_INTERNAL_INVOICE: work sold between two activities; never changed once accepted. */
@Entity(name = "InvoicingInternalInvoice")
@Table(name = "INV_INTERNAL_INVOICE")
public class InternalInvoiceEntity {

    static final String DRAFT = "DRAFT";
    static final String ACCEPTED = "ACCEPTED";

    @Id
    @SequenceGenerator(name = "INV_INTERNAL_SEQ", sequenceName = "INV_INTERNAL_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_INTERNAL_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "SELLER_ACTIVITY_ID", nullable = false, updatable = false)
    private long sellerActivityId;

    @Column(name = "BUYER_ACTIVITY_ID", nullable = false, updatable = false)
    private long buyerActivityId;

    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;

    @Column(name = "ISSUE_DATE", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "DESCRIPTION", nullable = false, updatable = false, length = 1000)
    private String description;

    @Column(name = "QUANTITY", nullable = false, updatable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @Column(name = "UNIT_CODE", nullable = false, updatable = false, length = 3)
    private String unitCode;

    @Column(name = "UNIT_PRICE_MINOR", nullable = false, updatable = false)
    private long unitPriceMinor;

    @Column(name = "TOTAL_MINOR", nullable = false, updatable = false)
    private long totalMinor;

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "LEDGER_ENTRY_ID")
    private Long ledgerEntryId;

    @Column(name = "ACCEPTED_AT")
    private LocalDateTime acceptedAt;

    @Column(name = "ACCEPTED_BY", length = 40)
    private String acceptedBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected InternalInvoiceEntity() {
        // for JPA
    }

    InternalInvoiceEntity(long cooperativeId, long seller, long buyer, LocalDate issueDate, String description,
                          BigDecimal quantity, String unitCode, Money unitPrice, Money total, String login,
                          Instant now) {
        this.cooperativeId = cooperativeId;
        this.sellerActivityId = seller;
        this.buyerActivityId = buyer;
        this.status = DRAFT;
        this.issueDate = issueDate;
        this.description = description;
        this.quantity = quantity;
        this.unitCode = unitCode;
        this.unitPriceMinor = unitPrice.minorUnits();
        this.totalMinor = total.minorUnits();
        this.currency = total.currency().getCurrencyCode();
        this.createdAt = Audit.column(now);
        this.createdBy = login;
    }

    void accept(long entryId, String login, Instant now) {
        this.status = ACCEPTED;
        this.ledgerEntryId = entryId;
        this.acceptedAt = Audit.column(now);
        this.acceptedBy = login;
    }

    long getCooperativeId() {
        return cooperativeId;
    }

    long getSellerActivityId() {
        return sellerActivityId;
    }

    long getBuyerActivityId() {
        return buyerActivityId;
    }

    boolean isAccepted() {
        return ACCEPTED.equals(status);
    }

    InternalInvoice toRecord() {
        return new InternalInvoice(id, "INT-" + id, sellerActivityId, buyerActivityId, issueDate, description,
                quantity.stripTrailingZeros(), unitCode, Money.of(unitPriceMinor, currency),
                Money.of(totalMinor, currency), isAccepted(), ledgerEntryId, createdBy, acceptedBy);
    }
}
