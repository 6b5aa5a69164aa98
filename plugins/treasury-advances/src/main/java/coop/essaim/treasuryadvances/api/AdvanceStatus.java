package coop.essaim.treasuryadvances.api;

/** Where an advance stands; an approved advance already counts in the exposure. */
public enum AdvanceStatus {
    REQUESTED, APPROVED, REJECTED, DISBURSED, REPAID, WRITTEN_OFF;

    /** Counts against the ceilings: reserved by the approval or paid out and not yet settled. */
    public boolean exposed() {
        return this == APPROVED || this == DISBURSED;
    }
}
