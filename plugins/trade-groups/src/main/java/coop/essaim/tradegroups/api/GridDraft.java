package coop.essaim.tradegroups.api;

import java.time.LocalDate;
import java.util.List;

/** A new grid edition for a group's trade: its unit, the day it applies from, its lines. Nulls are named. */
public record GridDraft(RateUnit unit, LocalDate validFrom, List<GridLine> lines) {

    public GridDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
