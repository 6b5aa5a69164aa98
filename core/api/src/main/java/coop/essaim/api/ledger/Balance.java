package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

/**
 * One line of a balance: the totals of debits and credits in one currency for an account and/or an
 * activity ({@code accountCode} is null when grouped by activity only, {@code activityId} when by account only).
 */
public record Balance(String accountCode, Long activityId, Money debit, Money credit) {

    /** Debit minus credit: positive for a debit balance. */
    public Money balance() {
        return debit.minus(credit);
    }
}
