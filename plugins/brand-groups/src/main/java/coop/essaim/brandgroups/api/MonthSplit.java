package coop.essaim.brandgroups.api;

import coop.essaim.api.money.Money;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's recorded split: the available amount the group's account showed for the month, the edition used
 * and each member's share (adding up to the available amount when it is positive, all zero otherwise).
 * {@code cancelled}: a later record cancelled it ({@code cancelReason}); its shares no longer count.
 */
public record MonthSplit(long id, long groupId, YearMonth month, long editionId, SplitKind kind, Money available,
                         List<MemberShare> shares, LocalDateTime recordedAt, String recordedBy, boolean cancelled,
                         String cancelReason) {

    public MonthSplit {
        shares = List.copyOf(shares);
    }
}
