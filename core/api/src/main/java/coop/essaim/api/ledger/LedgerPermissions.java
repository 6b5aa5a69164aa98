package coop.essaim.api.ledger;

/** The permissions of the ledger, declared by the core. */
public final class LedgerPermissions {
    /** Post and reverse entries (accountants; plugins post in the name of a user who holds it). */
    public static final String POST = "core.ledger.post";
    /** Read every posting of the cooperative, its balances and verify its hash chain. */
    public static final String READ = "core.ledger.read";
    /** Read the postings and balances of one's own activities only (entrepreneurs). */
    public static final String READ_OWN = "core.ledger.read-own";
    /** Match postings that settle each other (lettering) and undo a match (accountants): {@link Lettering}. */
    public static final String LETTER = "core.ledger.letter";
    /** Close accounting periods. */
    public static final String CLOSE = "core.ledger.close";

    private LedgerPermissions() {
    }
}
