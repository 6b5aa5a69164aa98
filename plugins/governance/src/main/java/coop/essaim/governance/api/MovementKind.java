package coop.essaim.governance.api;

/**
 * What a line of the share register records. There is deliberately no transfer: shares of a cooperative are never
 * passed from one associate to another; a leaving associate's shares are redeemed, a newcomer subscribes new ones.
 */
public enum MovementKind {
    /** New shares subscribed by an associate, at the nominal value in force that day. */
    SUBSCRIPTION,
    /** Money paid on a subscription (all at once or one instalment). */
    PAYMENT,
    /** Shares given back at nominal value by a leaving associate: what was paid is owed back, the rest cancelled. */
    REDEMPTION,
    /** Cancels one earlier movement (named by {@code correctsId}); its ledger entry is reversed. */
    CORRECTION
}
