package coop.essaim.api.ledger;

/** The plain-text formats of {@link LedgerJournals#export}. */
public enum JournalFormat {
    /** An hledger/ledger-cli journal: one transaction per entry, postings on {@code <account>:<activity code>}. */
    HLEDGER,
    /** One row per posting with a header row (RFC 4180, UTF-8 as the writer encodes it). */
    CSV
}
