package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/**
 * A stored expense, with the id of its receipt when one was attached; for a mileage allowance, the trip it was
 * computed from ({@code mileage}, {@code null} for any other expense).
 */
public record ExpenseLine(long id, LocalDate spentOn, String accountCode, String description, Money amount,
                          Money vat, Long receiptId, MileageTrip mileage) {

    /** An expense that is not mileage. */
    public ExpenseLine(long id, LocalDate spentOn, String accountCode, String description, Money amount, Money vat,
                       Long receiptId) {
        this(id, spentOn, accountCode, description, amount, vat, receiptId, null);
    }
}
