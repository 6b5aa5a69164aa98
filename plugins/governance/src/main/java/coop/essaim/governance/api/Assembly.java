package coop.essaim.governance.api;

import java.time.LocalDate;

/** A general assembly: its kind, its day, its place and its agenda (one item a line). */
public record Assembly(long id, AssemblyKind kind, LocalDate heldOn, String place, String agenda) {
}
