package coop.essaim.governance.api;

import java.time.LocalDate;

/** A meeting of a body (the board, the managers, a commission) on a day, at a place. */
public record Meeting(long id, long bodyId, LocalDate heldOn, String place) {
}
