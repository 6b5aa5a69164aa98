package coop.essaim.api.ledger;

import java.util.List;

/**
 * Open postings of one account that would balance if lettered together, and why they were put together:
 * {@link Reason#PIECE} the same third party and piece reference, {@link Reason#AMOUNT} the same third party and
 * one debit equal to one credit. Only a proposal: nothing is lettered until the accountant confirms it with
 * {@link Lettering#letter}.
 */
public record LetterSuggestion(String accountCode, Reason reason, String thirdParty, String pieceReference,
                               List<OpenPosting> postings) {

    public enum Reason { PIECE, AMOUNT }

    public LetterSuggestion {
        postings = List.copyOf(postings);
    }

    /** What to give {@link Lettering#letter} to confirm it. */
    public List<Long> postingIds() {
        return postings.stream().map(OpenPosting::postingId).toList();
    }
}
