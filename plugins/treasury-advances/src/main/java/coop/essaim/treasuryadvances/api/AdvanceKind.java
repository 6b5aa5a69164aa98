package coop.essaim.treasuryadvances.api;

/** What an advance pays for: a salary while client payments are pending, or a small investment. */
public enum AdvanceKind {
    SALARY, INVESTMENT
}
