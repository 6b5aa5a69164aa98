package coop.essaim.accompaniment.api;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * The workshops of one month at one site ({@code establishmentId} null: online): sessions held or planned, seats
 * offered, confirmed sign-ups, and the attendance recorded. {@code fillPercent} is confirmed over seats,
 * {@code noShowPercent} absences without notice over the attendance recorded, both rounded down.
 */
public record WorkshopFigures(YearMonth month, Long establishmentId, int sessions, int seats, int confirmed,
                              int waiting, int present, int excused, int absent) implements Serializable {

    public int fillPercent() {
        return seats == 0 ? 0 : confirmed * 100 / seats;
    }

    public int noShowPercent() {
        int recorded = present + excused + absent;
        return recorded == 0 ? 0 : absent * 100 / recorded;
    }
}
