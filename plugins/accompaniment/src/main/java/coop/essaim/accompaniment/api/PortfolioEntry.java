package coop.essaim.accompaniment.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.AssociateDeadline;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A person of an adviser's portfolio: their stage (the path status and its label in the reader's language, null
 * before the first step), their last appointment held and the next one planned (null when none), the associate
 * deadline, the treasury of each of their active activities the reader may read, and the alerts.
 */
public record PortfolioEntry(long personId, String name, String statusCode, String stage,
                             LocalDateTime lastAppointment, LocalDateTime nextAppointment,
                             AssociateDeadline deadline, List<ActivityCash> activities, List<PortfolioAlert> alerts) {

    public PortfolioEntry {
        activities = List.copyOf(activities);
        alerts = List.copyOf(alerts);
    }

    /** An activity of the person and its treasury at the end of today. */
    /**
     * One of the person's active activities as the ledger has it today: its treasury, and three months ago, and
     * its turnover excluding VAT over the last twelve months and the twelve before: the trends an adviser watches.
     */
    public record ActivityCash(long activityId, String name, Money treasury, Money treasuryThreeMonthsAgo,
                               Money turnoverLastYear, Money turnoverYearBefore) {
    }
}
