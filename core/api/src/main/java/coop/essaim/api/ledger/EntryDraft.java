package coop.essaim.api.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry to post. {@code idempotencyKey} is chosen by the caller and unique per cooperative (for example
 * {@code invoicing:invoice:2026-0042}): posting a draft whose key was already posted posts nothing and
 * returns the entry first posted with it, so a retried job never posts twice. {@code pieceReference} and
 * {@code pieceDate} identify the supporting document (invoice number and date); both optional.
 */
public record EntryDraft(long cooperativeId, JournalCode journal, LocalDate date, String pieceReference,
                         LocalDate pieceDate, String label, List<PostingLine> lines, String idempotencyKey) {

    public EntryDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
