package coop.essaim.mutualtraining.api;

/**
 * One criterion applied to a request: its code ({@code START_PHASE}, {@code INTERNAL}, {@code ACTIVITY},
 * {@code YEARLY_CAP}), whether it is met, the points it gives and the sentence that explains it to the member.
 */
public record CriterionResult(String code, boolean met, int points, String explanation) {
}
