package coop.essaim.accompaniment.api;

import coop.essaim.api.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated objective of a person's objectives contract or training plan, with every review it had, oldest first.
 * Its wording and target never change: a new target is a new objective, and the old one is dropped at a review.
 */
public record Objective(long id, long personId, ObjectiveKind kind, String label, Money amount, Integer hours,
                        LocalDate dueOn, String setBy, Instant setAt, List<ObjectiveReview> reviews) {

    public Objective {
        reviews = List.copyOf(reviews);
    }

    /** The status of the latest review, {@link ObjectiveStatus#OPEN} before the first. */
    public ObjectiveStatus status() {
        return reviews.isEmpty() ? ObjectiveStatus.OPEN : reviews.get(reviews.size() - 1).status();
    }
}
