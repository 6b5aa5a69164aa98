package coop.essaim.api.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted entry, as the books hold it forever. {@code number} is sequential without gaps per (cooperative,
 * journal, fiscal year); {@code hash} is the SHA-256 (hex) of the entry's canonical content and of
 * {@code previousHash}, the hash of the cooperative's previous entry, so altering or removing any entry
 * breaks the chain. {@code reversesEntryId} is set on an entry that reverses another.
 */
public record ValidatedEntry(long id, long cooperativeId, JournalCode journal, int fiscalYear, long number,
                             LocalDate date, String pieceReference, LocalDate pieceDate, String label,
                             List<PostingLine> lines, String idempotencyKey, Long reversesEntryId, String hash,
                             String previousHash, Instant validatedAt, String validatedBy) {

    public ValidatedEntry {
        lines = List.copyOf(lines);
    }

    /** How people cite it: {@code SALES-2026-000042}. */
    public String reference() {
        return journal.code() + "-" + fiscalYear + "-" + String.format("%06d", number);
    }
}
