package coop.essaim.api.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A new activity: its name, commercial brand (may be blank), trade or sector, start date, the analytic code
 * the ledger books it under (unique in the cooperative: upper-case letters, digits and dashes) and its first
 * members, who join on the start date. Several members make a brand group.
 */
public record ActivityDetails(String name, String brand, String trade, LocalDate start, String analyticCode,
                              List<Long> memberIds) {

    public ActivityDetails {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }
}
