package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Cash a module expects to move on an activity's treasury and that the ledger does not hold yet: an unpaid
 * invoice (in, on its due date), a supplier invoice or an expense note to pay (out), a planned salary (out).
 * {@code amount} is signed: positive comes in, negative goes out. {@code date} is when it is due, which may be
 * past (an overdue invoice is still expected). {@code reference} names the document ({@code 2026-00042}).
 */
public record ExpectedCash(LocalDate date, Money amount, String label, String reference) {

    public ExpectedCash {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(label, "label");
    }
}
