package coop.essaim.invoicing.internal.expense;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.ExpenseLine;
import coop.essaim.invoicing.api.MileageLineDraft;
import coop.essaim.invoicing.api.MileageTrip;
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

/** Table INV_EXPENSE_LINE: one expense of a note; a mileage allowance has its trip too ({@code DISTANCE_KM} set). */
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

    @Column(name = "DISTANCE_KM", updatable = false)
    private Integer distanceKm;

    @Column(name = "FROM_PLACE", updatable = false, length = 200)
    private String fromPlace;

    @Column(name = "TO_PLACE", updatable = false, length = 200)
    private String toPlace;

    @Column(name = "VEHICLE", updatable = false, length = 20)
    private String vehicle;

    @Column(name = "ELECTRIC", updatable = false)
    private Boolean electric;

    /** The kilometres the member had filed that year with the vehicle before this trip: what chose the band. */
    @Column(name = "YEAR_KM_BEFORE", updatable = false)
    private Long yearKmBefore;

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

    /** A mileage allowance of {@code amount}, without VAT, on the chart's travel account. */
    static ExpenseLineEntity mileage(ExpenseNoteEntity note, MileageLineDraft d, String travelAccount, Money amount,
                                     long yearKmBefore) {
        ExpenseLineEntity line = new ExpenseLineEntity(note, d.travelledOn(), travelAccount, d.purpose().strip(),
                amount, Money.zero(amount.currency()), null);
        line.distanceKm = d.distanceKm();
        line.fromPlace = d.from().strip();
        line.toPlace = d.to().strip();
        line.vehicle = d.vehicle();
        line.electric = d.electric();
        line.yearKmBefore = yearKmBefore;
        return line;
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
        MileageTrip trip = distanceKm == null ? null
                : new MileageTrip(fromPlace, toPlace, distanceKm, vehicle, Boolean.TRUE.equals(electric), yearKmBefore);
        return new ExpenseLine(id, spentOn, accountCode, description, Money.of(amountMinor, currency),
                Money.of(vatMinor, currency), receiptId, trip);
    }
}
