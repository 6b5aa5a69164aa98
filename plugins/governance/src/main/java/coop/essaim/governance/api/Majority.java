package coop.essaim.governance.api;

/** Adopted with more votes for than against (SIMPLE), or with at least two thirds of them (TWO_THIRDS). */
public enum Majority {
    SIMPLE, TWO_THIRDS
}
