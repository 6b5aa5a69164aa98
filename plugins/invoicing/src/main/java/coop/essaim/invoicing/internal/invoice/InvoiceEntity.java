package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Address;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.VatRounding;
import coop.essaim.invoicing.internal.Audit;
import coop.essaim.invoicing.internal.customer.CustomerEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.Version;

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
public class InvoiceEntity {

    @Id
    @SequenceGenerator(name = "INV_INVOICE_SEQ", sequenceName = "INV_INVOICE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_INVOICE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 20)
    private InvoiceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private InvoiceStatus status;

    @Column(name = "INVOICE_NUMBER", length = 20)
    private String number;

    @Column(name = "ISSUE_DATE", nullable = false)
    private LocalDate issueDate;

    @Column(name = "PAYMENT_DAYS", nullable = false)
    private int paymentDays;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "VAT_ROUNDING", nullable = false, length = 10)
    private VatRounding vatRounding;

    @Column(name = "TOTAL_EXCL_MINOR", nullable = false)
    private long totalExclMinor;

    @Column(name = "TOTAL_VAT_MINOR", nullable = false)
    private long totalVatMinor;

    @Column(name = "TOTAL_INCL_MINOR", nullable = false)
    private long totalInclMinor;

    @Column(name = "SETTLED_MINOR", nullable = false)
    private long settledMinor;

    @Column(name = "CORRECTS_INVOICE_ID", updatable = false)
    private Long correctsInvoiceId;

    @Column(name = "QUOTE_ID", updatable = false)
    private Long quoteId;

    @Column(name = "BUYER_REFERENCE", length = 100)
    private String buyerReference;

    @Column(name = "BUYER_NAME", length = 200)
    private String buyerName;

    @Column(name = "BUYER_STREET", length = 200)
    private String buyerStreet;

    @Column(name = "BUYER_POSTAL_CODE", length = 20)
    private String buyerPostalCode;

    @Column(name = "BUYER_CITY", length = 100)
    private String buyerCity;

    @Column(name = "BUYER_COUNTRY", length = 2)
    private String buyerCountry;

    @Column(name = "BUYER_VAT_NUMBER", length = 20)
    private String buyerVatNumber;

    @Column(name = "BUYER_REGISTRATION", length = 40)
    private String buyerRegistration;

    @Column(name = "BUYER_EMAIL", length = 254)
    private String buyerEmail;

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

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    private String updatedBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceLineEntity> lines = new ArrayList<>();

    protected InvoiceEntity() {
        // for JPA
    }

    InvoiceEntity(long cooperativeId, long activityId, InvoiceKind kind, String currency, Long correctsInvoiceId,
                  String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.activityId = activityId;
        this.kind = kind;
        this.status = InvoiceStatus.DRAFT;
        this.currency = currency;
        this.correctsInvoiceId = correctsInvoiceId;
        this.createdAt = Audit.column(now);
        this.createdBy = login;
        this.updatedAt = this.createdAt;
        this.updatedBy = login;
    }

    /** Replaces the draft's content with computed lines and totals. */
    void fill(long customer, LocalDate issue, int days, String reference, InvoiceCalculation.Result computed,
              String login, Instant now) {
        this.customerId = customer;
        this.issueDate = issue;
        this.paymentDays = days;
        this.dueDate = issue.plusDays(days);
        this.buyerReference = reference;
        this.vatRounding = computed.rounding();
        this.totalExclMinor = computed.totalExcl().minorUnits();
        this.totalVatMinor = computed.totalVat().minorUnits();
        this.totalInclMinor = computed.totalIncl().minorUnits();
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
    void validate(String assigned, CustomerEntity buyer, String login, Instant now) {
        this.status = InvoiceStatus.VALIDATED;
        this.number = assigned;
        this.buyerName = buyer.toRecord().details().name();
        var d = buyer.toRecord().details();
        this.buyerStreet = d.address().street();
        this.buyerPostalCode = d.address().postalCode();
        this.buyerCity = d.address().city();
        this.buyerCountry = d.address().country();
        this.buyerVatNumber = d.vatNumber();
        this.buyerRegistration = d.registrationNumber();
        this.buyerEmail = d.email();
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

    private void touch(String login, Instant now) {
        this.updatedAt = Audit.column(now);
        this.updatedBy = login;
    }

    public Long getId() {
        return id;
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getCustomerId() {
        return customerId;
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

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
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
        return totalInclMinor - settledMinor;
    }

    /** The buyer as copied at validation (empty before). */
    public BuyerSnapshot buyer() {
        return new BuyerSnapshot(buyerName, new Address(buyerStreet, buyerPostalCode, buyerCity,
                buyerCountry), buyerVatNumber, buyerRegistration, buyerEmail);
    }

    /** The buyer of a validated document, as it was when the document was issued. */
    public record BuyerSnapshot(String name, Address address, String vatNumber,
                                String registrationNumber, String email) {
    }

    public Invoice toRecord() {
        Currency cur = currency();
        return new Invoice(id, activityId, customerId, kind, status, number, issueDate, paymentDays, dueDate,
                buyerReference, buyerName, vatRounding, lines.stream().map(l -> l.toRecord(cur)).toList(),
                Money.of(totalExclMinor, cur), Money.of(totalVatMinor, cur), Money.of(totalInclMinor, cur),
                Money.of(settledMinor, cur), correctsInvoiceId, ledgerEntryId, Audit.instant(validatedAt),
                validatedBy);
    }
}
