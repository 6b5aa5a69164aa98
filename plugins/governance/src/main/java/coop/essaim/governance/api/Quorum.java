package coop.essaim.governance.api;

/**
 * The quorum of an assembly: the associates called (on the register on its day), those present and those
 * represented, the percentage needed and whether (present + represented) reaches it. One person, one vote: shares
 * play no part.
 */
public record Quorum(int called, int present, int represented, int percentNeeded, boolean reached) {

    public int voices() {
        return present + represented;
    }
}
