package coop.essaim.invoicing.api;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service: expense notes. A member writes one for an activity they reach ({@link InvoicingPermissions#WRITE}),
 * attaching each receipt (a PDF, PNG or JPEG of at most {@link #MAX_RECEIPT_BYTES}, recognised from its content,
 * not its name); accounting validates it ({@link InvoicingPermissions#VALIDATE}), which posts the expenses and the
 * deductible VAT on the activity against what the cooperative owes the member, then records the reimbursement
 * ({@link InvoicingPermissions#RECORD_PAYMENTS}). Bad input changes nothing and names the field.
 */
public interface ExpenseNotes {

    int MAX_RECEIPT_BYTES = 5 * 1024 * 1024;

    ExpenseNote create(UserContext actor, long activityId, String label);

    /** Adds a line to a draft; {@code receiptFileName} and {@code receipt} together, or both null. */
    ExpenseNote addLine(UserContext actor, long noteId, ExpenseLineDraft line, String receiptFileName,
                        byte[] receipt);

    /**
     * Adds a mileage allowance to a draft, computed at the country's mileage scale in force on the trip's date and
     * at the band of the kilometres the note's member filed that calendar year with that vehicle, this trip
     * included: the line is the year-to-date allowance less what the year's earlier lines came to, so the trip
     * that crosses into a new band settles the earlier ones at its formula. No VAT; filed under the chart's
     * travel account. Refused, on {@code line.vehicle}, when the cooperative's country has no scale.
     */
    ExpenseNote addMileageLine(UserContext actor, long noteId, MileageLineDraft line);

    ExpenseNote removeLine(UserContext actor, long noteId, long lineId);

    ExpenseNote submit(UserContext actor, long noteId);

    ExpenseNote validate(UserContext actor, long noteId);

    ExpenseNote reimburse(UserContext actor, long noteId, LocalDate paidOn);

    Optional<ExpenseNote> find(UserContext actor, long noteId);

    List<ExpenseNote> of(UserContext actor, long activityId);

    /** The receipt of a line of a note the actor reaches. */
    Optional<Receipt> receipt(UserContext actor, long noteId, long receiptId);

    /** The expense accounts of the cooperative's chart a line may be filed under, by code. */
    List<ExpenseCategory> categories(UserContext actor);

    /** The vehicle categories of the country's mileage scale in force on {@code day}; empty without a scale. */
    List<VehicleChoice> vehicles(UserContext actor, LocalDate day);

    /** A vehicle category of the mileage scale, with its name in the actor's language. */
    record VehicleChoice(String code, String label) {
    }

    /** An expense account of the chart, as a category to choose. */
    record ExpenseCategory(String accountCode, String label) {
    }
}
