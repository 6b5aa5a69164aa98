package coop.essaim.treasuryadvances.api;

public enum VoteChoice {
    FOR, AGAINST, ABSTAIN
}
