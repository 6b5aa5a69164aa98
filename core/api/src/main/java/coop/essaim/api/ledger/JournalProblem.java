package coop.essaim.api.ledger;

/** One problem of an imported file: the {@code line} (from 1) and what was expected there, in the user's language. */
public record JournalProblem(int line, String message) {
}
