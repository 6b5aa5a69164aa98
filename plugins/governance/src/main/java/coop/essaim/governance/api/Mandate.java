package coop.essaim.governance.api;

import java.time.LocalDate;

/** A person's role in a body from a date, until {@code to} (inclusive) or with no end yet when null. */
public record Mandate(long id, long bodyId, long personId, String role, LocalDate from, LocalDate to) {

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
