package coop.essaim.governance.api;

import java.time.LocalDate;

/**
 * A general assembly: its kind, its day, its place and its agenda (one item a line); on second convocation,
 * {@code firstConvocationId} names the assembly whose quorum was not reached (null on first convocation).
 */
public record Assembly(long id, AssemblyKind kind, LocalDate heldOn, String place, String agenda,
                       Long firstConvocationId) {

    /** An assembly on first convocation. */
    public Assembly(long id, AssemblyKind kind, LocalDate heldOn, String place, String agenda) {
        this(id, kind, heldOn, place, agenda, null);
    }

    public boolean secondConvocation() {
        return firstConvocationId != null;
    }
}
