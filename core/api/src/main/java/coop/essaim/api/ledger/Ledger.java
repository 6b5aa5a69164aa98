package coop.essaim.api.ledger;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Service: the cooperative's books. Entries are validated when posted and are then never updated or deleted
 * (there is no method for it, by design): a correction is a reversing entry. Every refusal is a
 * {@link coop.essaim.api.problem.ValidationException} naming the field ({@code lines[2].account}) in the
 * user's language; a missing permission is an {@link coop.essaim.api.security.AccessDeniedException}. A user
 * acts only in their own cooperative. Thread-safe: concurrent posts are serialised per cooperative, so
 * numbers never skip or repeat.
 */
public interface Ledger {

    /**
     * Validates and posts: the entry must be balanced per currency, have lines, use accounts of the
     * cooperative's chart and be dated in an open period. If an entry with the same idempotency key exists
     * it is returned and nothing is posted. Needs {@link LedgerPermissions#POST}.
     */
    ValidatedEntry post(UserContext user, EntryDraft draft);

    /**
     * Posts the reversal of entry {@code entryId}: the same lines on the opposite sides, dated {@code date},
     * pointing to the original. An entry is reversed at most once, and a reversal is not itself reversed.
     */
    ValidatedEntry reverse(UserContext user, long entryId, LocalDate date, String label);

    /** The entry, if it exists in the user's cooperative and they may see it (only their lines, if restricted). */
    Optional<ValidatedEntry> entry(UserContext user, long entryId);

    List<ValidatedEntry> entries(UserContext user, EntryQuery query);

    /**
     * The entry posted with {@code idempotencyKey} in the user's cooperative, if any and if they may see it: how
     * a caller tells a retried post (the entry exists) from a new one before posting.
     */
    Optional<ValidatedEntry> entryByKey(UserContext user, String idempotencyKey);

    /** Totals computed from the postings, in the database. */
    List<Balance> balances(UserContext user, BalanceQuery query);

    /** Recomputes the whole chain of the cooperative. Needs {@link LedgerPermissions#READ}. */
    ChainVerification verifyChain(UserContext user, long cooperativeId);

    /** The fiscal year containing {@code date}, from the cooperative's first month of the year. */
    FiscalYear fiscalYear(UserContext user, LocalDate date);

    /**
     * Closes every period up to the end of {@code month}: no entry dated then may be posted afterwards.
     * Periods close in order and never reopen. Needs {@link LedgerPermissions#CLOSE}.
     */
    void closePeriod(UserContext user, YearMonth month);

    /**
     * Closes fiscal year {@code year} (the year it starts in) once it has ended: its periods close, and the
     * carry-forward entry (à-nouveaux) is posted in the {@link JournalCode#OPENING} journal on the next year's
     * first day: the balance of every asset, liability and equity account per activity and currency, and each
     * activity's result of the year on the chart's {@link AccountRole#YEAR_PROFIT} or
     * {@link AccountRole#YEAR_LOSS} account. Years close in order and once; a year with no posting carries
     * nothing forward (empty). Needs {@link LedgerPermissions#CLOSE}.
     */
    Optional<ValidatedEntry> closeFiscalYear(UserContext user, int year);

    /** The last day of the last closed period, if any. */
    Optional<LocalDate> closedThrough(UserContext user);
}
