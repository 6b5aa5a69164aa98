package coop.essaim.api.ledger;

import java.time.LocalDate;

/**
 * Which open postings to list: those of {@code accountCode} (required), optionally of one {@code thirdParty}
 * and one {@code activityId}, dated from {@code from} to {@code to} (inclusive, both optional); at most
 * {@code limit} (1 to {@link Lettering#MAX_PAGE}) after skipping {@code offset}, oldest first.
 */
public record LetteringQuery(String accountCode, String thirdParty, Long activityId, LocalDate from, LocalDate to,
                             int offset, int limit) {

    /** The first page of the open postings of {@code accountCode}. */
    public static LetteringQuery of(String accountCode) {
        return new LetteringQuery(accountCode, null, null, null, null, 0, Lettering.MAX_PAGE);
    }

    public LetteringQuery ofThirdParty(String party) {
        return new LetteringQuery(accountCode, party, activityId, from, to, offset, limit);
    }

    public LetteringQuery ofActivity(Long activity) {
        return new LetteringQuery(accountCode, thirdParty, activity, from, to, offset, limit);
    }

    public LetteringQuery page(int newOffset, int newLimit) {
        return new LetteringQuery(accountCode, thirdParty, activityId, from, to, newOffset, newLimit);
    }
}
