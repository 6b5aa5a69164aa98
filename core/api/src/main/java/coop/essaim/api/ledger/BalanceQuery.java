package coop.essaim.api.ledger;

import java.time.LocalDate;

/**
 * Totals of postings dated from {@code from} to {@code to} (inclusive, both optional), grouped {@code by}
 * account, activity or both; {@code activityId}, when set, keeps that activity only.
 */
public record BalanceQuery(long cooperativeId, LocalDate from, LocalDate to, Grouping by, Long activityId) {

    public enum Grouping {
        ACCOUNT, ACTIVITY, ACCOUNT_AND_ACTIVITY
    }

    public BalanceQuery {
        by = by == null ? Grouping.ACCOUNT_AND_ACTIVITY : by;
    }
}
