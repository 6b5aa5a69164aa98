package coop.essaim.api.ledger;

/**
 * What to import into {@code cooperativeId}: {@code sourceName} names the file in the audit trail and in the
 * messages; {@code origin} says through what it came ({@code web}, {@code api}, {@code cli}), for the audit trail.
 */
public record JournalImport(long cooperativeId, String sourceName, String origin) {
}
