package coop.essaim.tradegroups.api;

import java.time.LocalDate;

/** A dated membership: {@code until} null while the member stays; {@code name} as recorded when they joined. */
public record GroupMember(long personId, String name, LocalDate from, LocalDate until) {

    /** A member on {@code day}: joined on or before it, not left before it. */
    public boolean memberOn(LocalDate day) {
        return !from.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
