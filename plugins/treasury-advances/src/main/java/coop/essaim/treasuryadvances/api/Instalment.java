package coop.essaim.treasuryadvances.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/** One due date of a repayment schedule. */
public record Instalment(LocalDate dueOn, Money amount) {
}
