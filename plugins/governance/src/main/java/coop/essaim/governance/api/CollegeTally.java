package coop.essaim.governance.api;

/**
 * One college's counts on a resolution, with the college's name and weight as they were when the vote opened:
 * one person one vote inside the college, the colleges then weighted.
 */
public record CollegeTally(long collegeId, String name, int weight, int votesFor, int against, int abstentions) {

    /** Votes cast: for and against; abstentions are not votes cast. */
    public int cast() {
        return votesFor + against;
    }
}
