package coop.essaim.accompaniment.api;

/**
 * Where an objective stands after its latest review: {@link #OPEN} until a first review; {@link #ACHIEVED} and
 * {@link #DROPPED} close it (a later review may open it again: the history keeps every one).
 */
public enum ObjectiveStatus {
    OPEN,
    ON_TRACK,
    BEHIND,
    ACHIEVED,
    DROPPED;

    public boolean closed() {
        return this == ACHIEVED || this == DROPPED;
    }
}
