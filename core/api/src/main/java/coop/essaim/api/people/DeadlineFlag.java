package coop.essaim.api.people;

/** Where a person stands against the date by which they must be associate. */
public enum DeadlineFlag {
    /** No deadline applies: no rule in the cooperative's country, already associate, left, or not a member. */
    NONE,
    /** A deadline applies and lies more than 90 days ahead. */
    ON_TRACK,
    /** The deadline is within 90 days (today included). */
    DUE_WITHIN_90_DAYS,
    /** The deadline has passed and the person is not associate. */
    OVERDUE
}
