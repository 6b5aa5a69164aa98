package coop.essaim.api.ledger;

import coop.essaim.api.security.UserContext;

import java.util.List;

/**
 * Service: lettering (lettrage), matching after the fact the postings of one account that settle each other (an
 * invoice on 411 and its payments, a supplier invoice on 401 and its bank debit), undoing a mistaken match, and
 * listing what is still open. A match is kept apart from the signed entries: the entries, their postings and
 * the hash chain never change, so the chain verifies the same before and after lettering or unlettering. A
 * posting's effective lettering code is the one given when it was posted ({@link PostingLine#lettering}) or
 * else the one this service assigned; {@link Ledger#entry}, {@link Ledger#entries}, the general ledger and the
 * journal exports show the effective code (an entry's hash covers the code given at post time only).
 *
 * <p>Every refusal is a {@link coop.essaim.api.problem.ValidationException} naming the field
 * ({@code postingIds}, {@code postingIds[2]}, {@code accountCode}, {@code code}) in the user's language. Reading
 * open postings needs the ledger's read rights (an entrepreneur sees only her activities' postings);
 * lettering, unlettering and suggestions need {@link LedgerPermissions#LETTER} and the whole books, else an
 * {@link coop.essaim.api.security.AccessDeniedException}. Thread-safe: two users lettering the same posting at
 * once, one wins and the other is refused, with nothing lettered.
 */
public interface Lettering {

    /** The most postings one page of {@link #open} holds, and the most one letter matches. */
    int MAX_PAGE = 500;

    /** The most suggestions {@link #suggestions} returns. */
    int MAX_SUGGESTIONS = 50;

    /**
     * The unlettered postings of the query's account, a page at a time, oldest first (date, entry, line), with
     * the count and totals of all of them.
     */
    OpenPostings open(UserContext user, LetteringQuery query);

    /**
     * Letters the postings together: at least two, all of the user's cooperative (another's is not found), on
     * the same account and currency, none lettered already (at post time or by this service), their debits
     * equal to their credits. Assigns the account's next free code: the code after the highest this service
     * has given on the account and not undone, skipping any code given at post time on the account.
     */
    Letter letter(UserContext user, List<Long> postingIds);

    /**
     * Undoes the match {@code code} of {@code accountCode}: its postings are open again; the audit trail keeps
     * what was undone, by whom and when. Only for codes this service assigned: a code given at post time is part
     * of the signed entry and is refused.
     */
    void unletter(UserContext user, String accountCode, String code);

    /**
     * Groups of open postings of the account that balance, for the accountant to confirm: first those of the
     * same third party and piece reference, then pairs of the same third party where one debit equals one credit;
     * oldest first, at most {@link #MAX_SUGGESTIONS}, a posting in one suggestion only. Never letters anything.
     */
    List<LetterSuggestion> suggestions(UserContext user, String accountCode);

    /**
     * The matches this service made on the account and not undone, latest first, {@code limit} (1 to
     * {@link #MAX_PAGE}) after skipping {@code offset}: to review or undo them. Needs the whole books' read rights.
     */
    List<Letter> lettered(UserContext user, String accountCode, int offset, int limit);
}
