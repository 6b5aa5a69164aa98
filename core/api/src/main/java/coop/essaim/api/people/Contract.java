package coop.essaim.api.people;

import java.time.LocalDate;

/**
 * A contract as the path's history shows it: opened by a status on {@code start}, planned to end on
 * {@code plannedEnd} (fixed term, after renewals; null otherwise), ended on {@code end} (null while open).
 */
public record Contract(String kind, LocalDate start, LocalDate plannedEnd, LocalDate end, int renewals) {

    public boolean open() {
        return end == null;
    }
}
