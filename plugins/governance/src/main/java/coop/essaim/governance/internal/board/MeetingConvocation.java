package coop.essaim.governance.internal.board;

import java.time.LocalDateTime;
import java.util.List;

/** One sending of a meeting's convocation: when, by whom, whether a resend, and each member it convened. */
public record MeetingConvocation(long id, LocalDateTime sentAt, String sentBy, boolean resend,
                                 List<Convoked> members) {

    public MeetingConvocation {
        members = List.copyOf(members);
    }

    /** A member convened, and whether the mail left for them (false: no e-mail address, or the server failed). */
    public record Convoked(long personId, String name, boolean mailed) {
    }

    public long mailed() {
        return members.stream().filter(Convoked::mailed).count();
    }
}
