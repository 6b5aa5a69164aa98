package coop.essaim.governance.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The split of fiscal year {@code fiscalYear}'s profit {@code result} under a scheme: the amounts of each part add up
 * to the result exactly ({@code legalReserve} is the part of {@code reserves} that goes to the legal reserve), and the
 * per-person {@code shares} add up to the participation and to the dividends exactly. {@code resolutionRef} is the
 * assembly's resolution that adopted it, as the cooperative names it; {@code entryId} the ledger entry once posted.
 */
public record ProfitSplit(long id, int fiscalYear, LocalDate yearStart, LocalDate yearEnd, long schemeId,
                          String schemeName, ParticipationKey key, Money result, Money reserves, Money legalReserve,
                          Money participation, Money dividends, Money other, SplitStatus status, LocalDate adoptedOn,
                          String resolutionRef, Long entryId, List<SplitShare> shares) {

    public ProfitSplit {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    public List<SplitShare> of(SplitShare.Kind kind) {
        return shares.stream().filter(s -> s.kind() == kind).toList();
    }
}
