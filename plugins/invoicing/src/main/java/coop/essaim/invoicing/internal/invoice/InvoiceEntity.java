package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Address;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.internal.Audit;
import coop.essaim.invoicing.internal.customer.CustomerEntity;
import coop.essaim.invoicing.internal.party.PartyIdentity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Table INV_INVOICE: an invoice, deposit invoice or credit note. Its content changes only while it is a draft;
 * validation fixes its number, the buyer as shown, its totals and its ledger entry. Afterwards only
 * {@code settled} moves, as payments and credit notes come.
 */
@Entity(name = "InvoicingInvoice")
@Table(name = "INV_INVOICE")
public class InvoiceEntity extends SalesDocumentRow {

    @Id
    @SequenceGenerator(name = "INV_INVOICE_SEQ", sequenceName = "INV_INVOICE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_INVOICE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 20)
    private InvoiceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private InvoiceStatus status;

    @Column(name = "INVOICE_NUMBER", length = 20)
    private String number;

    @Column(name = "PAYMENT_DAYS", nullable = false)
    private int paymentDays;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "SETTLED_MINOR", nullable = false)
    private long settledMinor;

    @Column(name = "CORRECTS_INVOICE_ID", updatable = false)
    private Long correctsInvoiceId;

    @Column(name = "QUOTE_ID", updatable = false)
    private Long quoteId;

    /** Empty ({@code null}) until validation copies the customer. */
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "BUYER_NAME", length = 200))
    @AttributeOverride(name = "email", column = @Column(name = "BUYER_EMAIL", length = 254))
    @AttributeOverride(name = "street", column = @Column(name = "BUYER_STREET", length = 200))
    @AttributeOverride(name = "postalCode", column = @Column(name = "BUYER_POSTAL_CODE", length = 20))
    @AttributeOverride(name = "city", column = @Column(name = "BUYER_CITY", length = 100))
    @AttributeOverride(name = "country", column = @Column(name = "BUYER_COUNTRY", length = 2))
    @AttributeOverride(name = "vatNumber", column = @Column(name = "BUYER_VAT_NUMBER", length = 20))
    @AttributeOverride(name = "registrationNumber", column = @Column(name = "BUYER_REGISTRATION", length = 40))
    private PartyIdentity buyer;

    @Column(name = "LEDGER_ENTRY_ID")
    private Long ledgerEntryId;

    @Column(name = "SUBMITTED_AT")
    private LocalDateTime submittedAt;

    @Column(name = "SUBMITTED_BY", length = 40)
    private String submittedBy;

    @Column(name = "VALIDATED_AT")
    private LocalDateTime validatedAt;

    @Column(name = "VALIDATED_BY", length = 40)
    private String validatedBy;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceLineEntity> lines = new ArrayList<>();

    protected InvoiceEntity() {
        // for JPA
    }

    InvoiceEntity(long cooperativeId, long activityId, InvoiceKind kind, String currency, Long correctsInvoiceId,
                  String login, Instant now) {
        super(cooperativeId, activityId, currency, login, now);
        this.kind = kind;
        this.status = InvoiceStatus.DRAFT;
        this.correctsInvoiceId = correctsInvoiceId;
    }

    /** Replaces the draft's content with computed lines and totals. */
    void fill(long customer, LocalDate issue, int days, String reference, InvoiceCalculation.Result computed,
              String login, Instant now) {
        fillSale(customer, issue, reference, computed);
        this.paymentDays = days;
        this.dueDate = issue.plusDays(days);
        this.lines.clear();
        for (InvoiceLine line : computed.lines()) {
            lines.add(new InvoiceLineEntity(this, line));
        }
        touch(login, now);
    }

    void submit(String login, Instant now) {
        this.status = InvoiceStatus.SUBMITTED;
        this.submittedAt = Audit.column(now);
        this.submittedBy = login;
        touch(login, now);
    }

    /** Fixes the number and the buyer as the document shows them; the ledger entry follows in the same step. */
    void validate(String assigned, CustomerEntity customer, String login, Instant now) {
        this.status = InvoiceStatus.VALIDATED;
        this.number = assigned;
        this.buyer = customer.party().copy();
        this.validatedAt = Audit.column(now);
        this.validatedBy = login;
        touch(login, now);
    }

    void posted(long entryId) {
        this.ledgerEntryId = entryId;
    }

    /** A payment or a credit note settled {@code minor} more of this invoice (the table refuses more than due). */
    public void settle(long minor, String login, Instant now) {
        this.settledMinor = Math.addExact(settledMinor, minor);
        touch(login, now);
    }

    public Long getId() {
        return id;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public String getNumber() {
        return number;
    }

    public Long getCorrectsInvoiceId() {
        return correctsInvoiceId;
    }

    /** The quote this invoice was drafted from, or {@code null}. */
    public Long getQuoteId() {
        return quoteId;
    }

    void fromQuote(long quote) {
        this.quoteId = quote;
    }

    public long outstandingMinor() {
        return totalInclMinor() - settledMinor;
    }

    /** The buyer as copied at validation (empty before). */
    public BuyerSnapshot buyer() {
        if (buyer == null) {
            return new BuyerSnapshot(null, Address.NONE, null, null, null);
        }
        return new BuyerSnapshot(buyer.name(), buyer.address(), buyer.vatNumber(), buyer.registrationNumber(),
                buyer.email());
    }

    /** The buyer of a validated document, as it was when the document was issued. */
    public record BuyerSnapshot(String name, Address address, String vatNumber,
                                String registrationNumber, String email) {
    }

    public Invoice toRecord() {
        Currency cur = currency();
        return new Invoice(id, getActivityId(), getCustomerId(), kind, status, number, getIssueDate(), paymentDays,
                dueDate, buyerReference(), buyer().name(), vatRounding(),
                lines.stream().map(l -> l.toRecord(cur)).toList(), totalExcl(), totalVat(), totalIncl(),
                Money.of(settledMinor, cur), correctsInvoiceId, ledgerEntryId, Audit.instant(validatedAt),
                validatedBy);
    }
}
