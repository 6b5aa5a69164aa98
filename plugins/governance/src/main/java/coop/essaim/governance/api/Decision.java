package coop.essaim.governance.api;

import java.time.LocalDateTime;

/**
 * A decision of a meeting on one agenda item: its text and counts, adopted by simple majority (more for than
 * against; abstentions are not votes cast). Never changed: {@code supersedesId} names the decision it corrects,
 * {@code supersededById} the one that corrected it (null while it stands).
 */
public record Decision(long id, long meetingId, long itemId, String text, int votesFor, int against,
                       int abstentions, boolean adopted, Long supersedesId, Long supersededById,
                       LocalDateTime recordedAt, String recordedBy) {

    public boolean standing() {
        return supersededById == null;
    }

    /** Simple majority: more for than against. */
    public static boolean adopts(int votesFor, int against) {
        return votesFor > against;
    }
}
