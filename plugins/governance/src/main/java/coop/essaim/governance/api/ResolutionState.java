package coop.essaim.governance.api;

/** A resolution is drafted, opened for the vote, then closed: its result is final. */
public enum ResolutionState {
    DRAFT, OPEN, CLOSED
}
