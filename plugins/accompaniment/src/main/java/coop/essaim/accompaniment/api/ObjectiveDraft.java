package coop.essaim.accompaniment.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/**
 * A new objective for a person: its kind and wording, the target the kind asks for ({@code amount} for a
 * turnover, {@code hours} for hours of work or a training's length), and the day it is due.
 */
public record ObjectiveDraft(long personId, ObjectiveKind kind, String label, Money amount, Integer hours,
                             LocalDate dueOn) {
}
