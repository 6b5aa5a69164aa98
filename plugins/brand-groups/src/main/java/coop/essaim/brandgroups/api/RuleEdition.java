package coop.essaim.brandgroups.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** A recorded rule edition: never changed; a later edition replaces it from its own month. */
public record RuleEdition(long id, long groupId, SplitKind kind, YearMonth validFrom, LocalDate decidedOn,
                          String decidedBy, List<MemberRule> members, LocalDateTime recordedAt, String recordedBy) {

    public RuleEdition {
        members = List.copyOf(members);
    }
}
