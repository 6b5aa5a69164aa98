package coop.essaim.brandgroups.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A new rule edition as the group decided it: {@code kind}, in force from {@code validFrom}, decided on
 * {@code decidedOn} by {@code decidedBy} (the members' meeting, a named member...), with each member's figure
 * when the kind needs one. Any field may be null: the service names what is missing.
 */
public record RuleDraft(SplitKind kind, YearMonth validFrom, LocalDate decidedOn, String decidedBy,
                        List<MemberRule> members) {

    public RuleDraft {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
