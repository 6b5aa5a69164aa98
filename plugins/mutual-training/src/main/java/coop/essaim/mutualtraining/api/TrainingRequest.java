package coop.essaim.mutualtraining.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A training request as the member and the committee read it: its score against the criteria in force on the day
 * it was submitted ({@code criteriaFrom}, null before the first edition), the decision and its reasons, and what
 * it took from the year's budget. {@code overrideReason} is set when it was approved beyond what remained.
 */
public record TrainingRequest(long id, long memberUserId, String memberName, String title, boolean internal,
                              Long offerId, String goal, String purpose, Money cost, BigDecimal hours, int year,
                              LocalDate submittedOn, LocalDate criteriaFrom, int score, List<CriterionResult> criteria,
                              RequestStatus status, String decisionReasons, Money committed, Money spent,
                              String overrideReason) {
    public TrainingRequest {
        criteria = List.copyOf(criteria);
    }
}
