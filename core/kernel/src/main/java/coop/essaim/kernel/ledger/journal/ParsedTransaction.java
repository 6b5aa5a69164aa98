package coop.essaim.kernel.ledger.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A transaction as the file writes it, before any account or amount is resolved: {@code line} is its header's
 * line, {@code text} its lines as written (trailing spaces removed), from which its idempotency key is derived.
 * {@code broken} when the reader already reported a problem in it (its header or a posting it left out): its
 * other postings are still checked, so every bad line is reported, but it is never posted.
 */
record ParsedTransaction(int line, LocalDate date, String code, String description, Map<String, String> tags,
                         List<Posting> postings, String text, boolean broken) {

    /** {@code amount} is null when the posting leaves it to be inferred. */
    record Posting(int line, String account, String amount, Map<String, String> tags) {
    }
}
