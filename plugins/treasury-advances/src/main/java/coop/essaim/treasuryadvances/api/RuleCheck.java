package coop.essaim.treasuryadvances.api;

import java.io.Serializable;

/**
 * One eligibility rule as applied to a request: {@code rule} names it ({@code INVOICE_SHARE},
 * {@code ACTIVITY_CEILING}, {@code COOPERATIVE_CEILING}, {@code SENIORITY}, {@code NO_OVERDUE}); {@code explanation}
 * says, in the reader's language, the figures it compared and why it passes or not. Serializable: the request
 * page keeps the checks it showed between requests.
 */
public record RuleCheck(String rule, Outcome outcome, String explanation) implements Serializable {

    public enum Outcome {
        PASSES, FAILS, NOT_APPLICABLE,
        /** The reader may not see the figures (the cooperative's treasury): checked again when the board decides. */
        CHECKED_AT_DECISION
    }

    public boolean blocks() {
        return outcome == Outcome.FAILS;
    }
}
