package coop.essaim.api.ledger;

import coop.essaim.api.security.UserContext;

import java.time.YearMonth;
import java.util.List;

/**
 * Service: the month's contribution of every activity posted to the ledger as an analytic transfer to the
 * cooperative's structure (the activity whose analytic code is {@code STRUCTURE}, created with the cooperative):
 * one entry per activity in the {@link JournalCode#MISC} journal, dated the month's last day, debit on the
 * activity and credit on the structure of the chart's {@link AccountRole#CONTRIBUTION} account.
 *
 * <p>The amount is what the cooperative's {@link ContributionScheme} computes for the month (the activity's
 * account shows the same figure). Posting again after an invoice or a credit note dated in that month posts
 * only the difference, on the opposite sides if the contribution went down; posting again with nothing changed
 * posts nothing, and so does a retried call (idempotent keys).
 *
 * <p>Reading needs {@code core.ledger.read}; posting needs {@link LedgerPermissions#POST}. A month that has not
 * started yet, or whose period is closed, is refused naming {@code month}.
 */
public interface ContributionTransfers {

    /** What each activity owes for {@code month}, what the ledger already holds and what a run would post. */
    List<ContributionTransfer> preview(UserContext user, YearMonth month);

    /** Posts the differences of {@link #preview}; returns the entries posted (none if nothing was due). */
    List<ValidatedEntry> post(UserContext user, YearMonth month);
}
