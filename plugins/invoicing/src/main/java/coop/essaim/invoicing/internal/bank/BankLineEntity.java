package coop.essaim.invoicing.internal.bank;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.BankLine;
import coop.essaim.invoicing.internal.Audit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table INV_BANK_LINE: a line of a bank statement; only its match is ever set, once. */
@Entity(name = "InvoicingBankLine")
@Table(name = "INV_BANK_LINE")
public class BankLineEntity {

    @Id
    @SequenceGenerator(name = "INV_BANK_LINE_SEQ", sequenceName = "INV_BANK_LINE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_BANK_LINE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "BOOKED_ON", nullable = false, updatable = false)
    private LocalDate bookedOn;

    @Column(name = "AMOUNT_MINOR", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "LABEL", nullable = false, updatable = false, length = 500)
    private String label;

    @Column(name = "COUNTERPARTY", updatable = false, length = 200)
    private String counterparty;

    @Column(name = "BANK_REFERENCE", updatable = false, length = 100)
    private String bankReference;

    @Column(name = "FINGERPRINT", nullable = false, updatable = false, length = 64)
    private String fingerprint;

    @Column(name = "SOURCE_FILE", nullable = false, updatable = false, length = 200)
    private String sourceFile;

    @Column(name = "PAYMENT_ID")
    private Long paymentId;

    @Column(name = "INVOICE_ID")
    private Long invoiceId;

    @Column(name = "SUPPLIER_INVOICE_ID")
    private Long supplierInvoiceId;

    @Column(name = "SUPPLIER_PAYMENT_ID")
    private Long supplierPaymentId;

    @Column(name = "EXPENSE_NOTE_ID")
    private Long expenseNoteId;

    @Column(name = "IMPORTED_AT", nullable = false, updatable = false)
    private LocalDateTime importedAt;

    @Column(name = "IMPORTED_BY", nullable = false, updatable = false, length = 40)
    private String importedBy;

    @Column(name = "MATCHED_BY", length = 40)
    private String matchedBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected BankLineEntity() {
        // for JPA
    }

    BankLineEntity(long cooperativeId, StatementLine line, String sourceFile, String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.bookedOn = line.bookedOn();
        this.amountMinor = line.amount().minorUnits();
        this.currency = line.amount().currency().getCurrencyCode();
        this.label = line.label();
        this.counterparty = line.counterparty();
        this.bankReference = line.bankReference();
        this.fingerprint = line.fingerprint();
        this.sourceFile = Camt053Reader.cut(sourceFile, 200);
        this.importedAt = Audit.column(now);
        this.importedBy = login;
    }

    void matched(long invoice, long payment, String login) {
        this.invoiceId = invoice;
        this.paymentId = payment;
        this.matchedBy = login;
    }

    /** A debit paid to a supplier ({@code payment} of {@code invoice}) or reimbursing an expense note. */
    void matchedDebit(Long invoice, Long payment, Long expenseNote, String login) {
        this.supplierInvoiceId = invoice;
        this.supplierPaymentId = payment;
        this.expenseNoteId = expenseNote;
        this.matchedBy = login;
    }

    boolean isMatched() {
        return paymentId != null || supplierPaymentId != null || expenseNoteId != null;
    }

    Long getSupplierInvoiceId() {
        return supplierInvoiceId;
    }

    Long getSupplierPaymentId() {
        return supplierPaymentId;
    }

    Long getExpenseNoteId() {
        return expenseNoteId;
    }

    long getCooperativeId() {
        return cooperativeId;
    }

    BankLine toRecord() {
        return new BankLine(id, bookedOn, Money.of(amountMinor, currency), label, counterparty, bankReference,
                invoiceId, paymentId);
    }
}
