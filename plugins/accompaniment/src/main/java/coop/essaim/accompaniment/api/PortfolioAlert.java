package coop.essaim.accompaniment.api;

/** Why a person of the portfolio needs the adviser's attention. */
public enum PortfolioAlert {
    /** No appointment held (present, or not yet recorded) within the cooperative's number of weeks (8 by default). */
    NO_RECENT_APPOINTMENT,
    /** The associate deadline is within 90 days (the core's flag). */
    ASSOCIATE_DEADLINE_DUE,
    /** The associate deadline has passed and the person is not associate. */
    ASSOCIATE_DEADLINE_OVERDUE,
    /** The treasury of one of the person's activities is below zero today. */
    TREASURY_NEGATIVE
}
