package coop.essaim.governance.api;

/**
 * A resolution put to the vote of an assembly, with its counts so far: abstentions are counted but are not votes
 * cast, so {@code adopted} compares the votes for with the votes for and against only.
 */
public record Resolution(long id, long assemblyId, int position, String text, Majority majority, boolean secret,
                         ResolutionState state, int votesFor, int against, int abstentions) {

    public boolean adopted() {
        int cast = votesFor + against;
        if (cast == 0) {
            return false;
        }
        return majority == Majority.TWO_THIRDS ? votesFor * 3 >= cast * 2 : votesFor > against;
    }
}
