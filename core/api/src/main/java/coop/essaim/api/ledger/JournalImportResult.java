package coop.essaim.api.ledger;

/**
 * What an import did: {@code transactions} read, {@code entriesPosted} new entries, {@code alreadyPresent}
 * transactions skipped because an earlier import of the same text posted them, {@code postingsPosted} lines.
 */
public record JournalImportResult(long transactions, long entriesPosted, long alreadyPresent, long postingsPosted) {
}
