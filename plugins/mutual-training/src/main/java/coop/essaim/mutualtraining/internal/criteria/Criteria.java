package coop.essaim.mutualtraining.internal.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated edition of the allocation criteria, as the staff representatives set it: points for a member in one of
 * the start-phase path statuses, for an internal training, for a stated link to the member's activity; a yearly cap
 * of approved cost per person (minor units, 0: none); the share (percent) of the budget reserved for internal
 * trainers, which external trainings may not use.
 */
public record Criteria(LocalDate validFrom, List<String> startPhaseStatuses, int startPhasePoints,
                       int internalPoints, int activityPoints, long yearlyCap, BigDecimal internalShare, String note) {

    public Criteria {
        startPhaseStatuses = startPhaseStatuses == null ? List.of() : List.copyOf(startPhaseStatuses);
    }

    /** Before the first edition: every request scores 0, no cap, nothing reserved. */
    public static Criteria none() {
        return new Criteria(null, List.of(), 0, 0, 0, 0, BigDecimal.ZERO, null);
    }
}
