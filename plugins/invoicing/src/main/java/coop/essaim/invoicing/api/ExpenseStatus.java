package coop.essaim.invoicing.api;

/** An expense note is written, submitted to accounting, validated (posted) and then reimbursed. */
public enum ExpenseStatus {
    DRAFT, SUBMITTED, VALIDATED, REIMBURSED
}
