package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/** A stored expense, with the id of its receipt when one was attached. */
public record ExpenseLine(long id, LocalDate spentOn, String accountCode, String description, Money amount,
                          Money vat, Long receiptId) {
}
