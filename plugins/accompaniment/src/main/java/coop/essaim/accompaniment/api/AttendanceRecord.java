package coop.essaim.accompaniment.api;

import java.io.Serializable;

/**
 * A person's attendance over the sessions whose attendance was recorded: present, excused, absent without
 * notice. {@code rate()} is the share present, in percent rounded down; 100 with nothing recorded yet.
 */
public record AttendanceRecord(long personId, int present, int excused, int absent) implements Serializable {

    public int recorded() {
        return present + excused + absent;
    }

    public int ratePercent() {
        return recorded() == 0 ? 100 : present * 100 / recorded();
    }
}
