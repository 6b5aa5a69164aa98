package coop.essaim.payroll.api;

/** A month's run: computed and open to review and recomputing, then validated (posted, final). */
public enum RunStatus {
    DRAFT, VALIDATED
}
