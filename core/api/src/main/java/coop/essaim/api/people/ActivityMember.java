package coop.essaim.api.people;

import java.time.LocalDate;

/** A person's membership of an activity, from {@code from} until {@code until} (null while a member). */
public record ActivityMember(long personId, LocalDate from, LocalDate until) {

    public boolean current() {
        return until == null;
    }
}
