package coop.essaim.treasuryadvances.api;

/**
 * The permissions of treasury advances. Whatever their grants, a user whose roles are entrepreneur only reaches
 * the advances of their own activities, and never the board's votes.
 */
public final class TreasuryAdvancePermissions {

    /** Request an advance for one's own activity and follow it (its decision and reasons, its balance). */
    public static final String REQUEST_OWN = "treasury-advances.request-own";
    /** Open the request form: entrepreneurs (for their own activity), advisers and administrators. */
    public static final String REQUEST = "treasury-advances.request";
    /** Request an advance for any activity one reads, and read every advance (advisers, staff). */
    public static final String MANAGE = "treasury-advances.manage";
    /** Vote on a request: the board's members only. */
    public static final String VOTE = "treasury-advances.vote";
    /** Record the board's decision once it voted, and write off an advance. */
    public static final String DECIDE = "treasury-advances.decide";
    /** Decide alone on a request under the delegation threshold of the rules in force. */
    public static final String DECIDE_DELEGATED = "treasury-advances.decide-delegated";
    /** Disburse an approved advance, record repayments, apply receipts (accounting). */
    public static final String DISBURSE = "treasury-advances.disburse";
    /** Read the exposure dashboard and the partners' committee report. */
    public static final String EXPOSURE = "treasury-advances.exposure";
    /** Change the eligibility rules (a new dated edition). */
    public static final String RULES = "treasury-advances.rules";

    private TreasuryAdvancePermissions() {
    }
}
