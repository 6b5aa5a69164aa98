package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

/**
 * One line of an entry: {@code amount} (positive) on {@code side} of {@code accountCode}, for the activity
 * {@code activityId} (the analytic dimension: every posting belongs to an activity, the cooperative's own
 * structure being an activity too). {@code thirdParty} (a client or supplier reference) and {@code lettering}
 * (the code matching an invoice with its payment) are optional. The ledger checks the values when the entry
 * is posted and names the bad line, so this record accepts anything.
 */
public record PostingLine(String accountCode, long activityId, Side side, Money amount, String thirdParty,
                          String lettering) {

    public static PostingLine debit(String accountCode, long activityId, Money amount) {
        return new PostingLine(accountCode, activityId, Side.DEBIT, amount, null, null);
    }

    public static PostingLine credit(String accountCode, long activityId, Money amount) {
        return new PostingLine(accountCode, activityId, Side.CREDIT, amount, null, null);
    }

    public PostingLine withThirdParty(String party) {
        return new PostingLine(accountCode, activityId, side, amount, party, lettering);
    }

    public PostingLine withLettering(String code) {
        return new PostingLine(accountCode, activityId, side, amount, thirdParty, code);
    }

    /** The same amount on the other side: the line of a reversing entry. */
    public PostingLine reversed() {
        return new PostingLine(accountCode, activityId, side == null ? null : side.opposite(), amount, thirdParty,
                lettering);
    }
}
