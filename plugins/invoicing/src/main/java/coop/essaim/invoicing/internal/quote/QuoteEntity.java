package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteStatus;
import coop.essaim.invoicing.internal.Audit;
import coop.essaim.invoicing.internal.invoice.InvoiceCalculation;
import coop.essaim.invoicing.internal.invoice.SalesDocumentRow;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Table INV_QUOTE: a quote and its computed totals. Its content changes only while it is a draft; sending fixes
 * its number; the customer's answer fixes its status. The stored status is never EXPIRED: expiry is read from the
 * validity date at each reading. Who sent it and who recorded the answer are kept with the time.
 */
@Entity(name = "InvoicingQuote")
@Table(name = "INV_QUOTE")
public class QuoteEntity extends SalesDocumentRow {

    @Id
    @SequenceGenerator(name = "INV_QUOTE_SEQ", sequenceName = "INV_QUOTE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_QUOTE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private QuoteStatus status;

    @Column(name = "QUOTE_NUMBER", length = 20)
    private String number;

    @Column(name = "VALID_UNTIL", nullable = false)
    private LocalDate validUntil;

    @Column(name = "DEPOSIT_PERCENT", nullable = false, precision = 5, scale = 2)
    private BigDecimal depositPercent;

    @Column(name = "DUPLICATED_FROM_ID", updatable = false)
    private Long duplicatedFromId;

    @Column(name = "SENT_AT")
    private LocalDateTime sentAt;

    @Column(name = "SENT_BY", length = 40)
    private String sentBy;

    @Column(name = "DECIDED_AT")
    private LocalDateTime decidedAt;

    @Column(name = "DECIDED_BY", length = 40)
    private String decidedBy;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuoteLineEntity> lines = new ArrayList<>();

    protected QuoteEntity() {
        // for JPA
    }

    QuoteEntity(long cooperativeId, long activityId, String currency, Long duplicatedFromId, String login,
                Instant now) {
        super(cooperativeId, activityId, currency, login, now);
        this.status = QuoteStatus.DRAFT;
        this.duplicatedFromId = duplicatedFromId;
    }

    void fill(long customer, LocalDate issue, LocalDate until, BigDecimal deposit, String reference,
              InvoiceCalculation.Result computed, String login, Instant now) {
        fillSale(customer, issue, reference, computed);
        this.validUntil = until;
        this.depositPercent = deposit;
        this.lines.clear();
        for (InvoiceLine line : computed.lines()) {
            lines.add(new QuoteLineEntity(this, line));
        }
        touch(login, now);
    }

    void sent(String assigned, String login, Instant now) {
        this.status = QuoteStatus.SENT;
        this.number = assigned;
        this.sentAt = Audit.column(now);
        this.sentBy = login;
        touch(login, now);
    }

    void decided(QuoteStatus answer, String login, Instant now) {
        this.status = answer;
        this.decidedAt = Audit.column(now);
        this.decidedBy = login;
        touch(login, now);
    }

    public Long getId() {
        return id;
    }

    /** The status as stored: never EXPIRED. */
    QuoteStatus storedStatus() {
        return status;
    }

    /** The quote as read on {@code today}: a sent quote past its validity date reads EXPIRED. */
    Quote toRecord(LocalDate today) {
        Currency cur = currency();
        QuoteStatus shown = status == QuoteStatus.SENT && validUntil.isBefore(today) ? QuoteStatus.EXPIRED : status;
        Money incl = totalIncl();
        BigDecimal percent = depositPercent.stripTrailingZeros();
        return new Quote(id, getActivityId(), getCustomerId(), shown, number, getIssueDate(), validUntil, percent,
                buyerReference(), vatRounding(), lines.stream().map(l -> l.toRecord(cur)).toList(), totalExcl(),
                totalVat(), incl, incl.times(percent.movePointLeft(2), RoundingMode.HALF_UP),
                duplicatedFromId, Audit.instant(sentAt), sentBy, Audit.instant(decidedAt), decidedBy, createdBy());
    }
}
