package coop.essaim.treasuryadvances.api;

/** How an advance comes back: a share of each client payment the activity receives, or by a schedule. */
public enum RepaymentMode {
    RECEIPTS, SCHEDULE
}
