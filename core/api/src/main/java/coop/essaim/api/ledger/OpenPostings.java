package coop.essaim.api.ledger;

import java.util.List;

/**
 * A page of the open (unlettered) postings of an account, oldest first, and over every open posting the query
 * matches (not only this page) their {@code count} and their totals per currency ({@link Balance} with the
 * account and no activity): what is still to be matched. {@code more} when postings follow
 * ({@code offset + limit}).
 */
public record OpenPostings(String accountCode, List<OpenPosting> postings, List<Balance> totals, long count,
                           int offset, int limit, boolean more) {

    public OpenPostings {
        postings = List.copyOf(postings);
        totals = List.copyOf(totals);
    }
}
