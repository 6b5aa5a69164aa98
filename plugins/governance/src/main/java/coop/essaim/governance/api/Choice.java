package coop.essaim.governance.api;

/** A vote on a resolution. */
public enum Choice {
    FOR, AGAINST, ABSTAIN
}
