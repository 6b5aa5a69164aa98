package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/**
 * A posting as lettering shows it: its id (what {@link Lettering#letter} takes), its entry ({@code entryId} and
 * {@code entryReference}, {@code SALES-2026-000042} as the ledger cites it), the entry's date, piece reference
 * and label, the posting's activity and third party, and its amount on one side (the other side is zero).
 */
public record OpenPosting(long postingId, long entryId, String entryReference, LocalDate date,
                          String pieceReference, String label, long activityId, String thirdParty, Money debit,
                          Money credit) {

    /** Debit minus credit. */
    public Money balance() {
        return debit.minus(credit);
    }
}
