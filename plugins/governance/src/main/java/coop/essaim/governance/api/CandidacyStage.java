package coop.essaim.governance.api;

/** Where a candidacy to become associate stands. */
public enum CandidacyStage {
    /** The board reviews it first (the admission rule asked so for this candidate). */
    BOARD_REVIEW,
    /** The general assembly votes on it. */
    ASSEMBLY_VOTE,
    /** Accepted: the person's path records the associate step. */
    ACCEPTED,
    /** Refused by the board or the assembly, with its reasons. */
    REJECTED
}
