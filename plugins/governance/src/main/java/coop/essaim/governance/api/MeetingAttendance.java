package coop.essaim.governance.api;

import java.util.List;

/** A member of the body in mandate on the meeting's day, the roles they hold that day, and whether they came. */
public record MeetingAttendance(long personId, String name, List<String> roles, boolean present) {

    public MeetingAttendance {
        roles = List.copyOf(roles);
    }
}
