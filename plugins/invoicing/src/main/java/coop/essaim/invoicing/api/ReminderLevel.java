package coop.essaim.invoicing.api;

/**
 * How far the cooperative has gone to be paid: a friendly reminder first, then a formal notice (mise en demeure),
 * which in France starts the late-payment penalties' clock and precedes any court claim.
 */
public enum ReminderLevel {
    FIRST_REMINDER, FORMAL_NOTICE
}
