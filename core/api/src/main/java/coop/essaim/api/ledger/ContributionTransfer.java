package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One activity's contribution for a month: what the scheme computes ({@code due}, with its explanation), what the
 * ledger already holds as transfers to the structure ({@code posted}) and the difference a run would post
 * ({@code due − posted}, negative when the contribution went down since the last run).
 */
public record ContributionTransfer(long activityId, String activityName, String analyticCode, YearMonth month,
                                   Contribution due, Money posted) {

    public ContributionTransfer {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(posted, "posted");
    }

    public Money toPost() {
        return due.amount().minus(posted);
    }
}
