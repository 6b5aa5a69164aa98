package coop.essaim.invoicing.internal.expense;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.ExpenseLine;
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

import java.time.LocalDate;

/** Table INV_EXPENSE_LINE: one expense of a note. */
@Entity(name = "InvoicingExpenseLine")
@Table(name = "INV_EXPENSE_LINE")
public class ExpenseLineEntity {

    @Id
    @SequenceGenerator(name = "INV_EXPENSE_LINE_SEQ", sequenceName = "INV_EXPENSE_LINE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_EXPENSE_LINE_SEQ")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "NOTE_ID", nullable = false, updatable = false)
    private ExpenseNoteEntity note;

    @Column(name = "SPENT_ON", nullable = false, updatable = false)
    private LocalDate spentOn;

    @Column(name = "ACCOUNT_CODE", nullable = false, updatable = false, length = 20)
    private String accountCode;

    @Column(name = "DESCRIPTION", nullable = false, updatable = false, length = 500)
    private String description;

    @Column(name = "AMOUNT_MINOR", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "VAT_MINOR", nullable = false, updatable = false)
    private long vatMinor;

    /** The receipt's id, never a relationship: its content is read only when asked for. */
    @Column(name = "RECEIPT_ID", updatable = false)
    private Long receiptId;

    protected ExpenseLineEntity() {
        // for JPA
    }

    ExpenseLineEntity(ExpenseNoteEntity note, LocalDate spentOn, String accountCode, String description, Money amount,
                      Money vat, Long receiptId) {
        this.note = note;
        this.spentOn = spentOn;
        this.accountCode = accountCode;
        this.description = description;
        this.amountMinor = amount.minorUnits();
        this.vatMinor = vat.minorUnits();
        this.receiptId = receiptId;
    }

    Long getId() {
        return id;
    }

    long getAmountMinor() {
        return amountMinor;
    }

    long getVatMinor() {
        return vatMinor;
    }

    Long getReceiptId() {
        return receiptId;
    }

    ExpenseLine toRecord(String currency) {
        return new ExpenseLine(id, spentOn, accountCode, description, Money.of(amountMinor, currency),
                Money.of(vatMinor, currency), receiptId);
    }
}
