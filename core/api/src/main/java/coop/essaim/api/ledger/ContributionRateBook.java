package coop.essaim.api.ledger;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;

/**
 * Service: the cooperative's contribution rule as dated versions, each from a date: which scheme computes it (the
 * core's rate, or a plugin's {@link ContributionScheme}) and the core scheme's rate, base and optional monthly fee.
 * Every member may read them (the rule is equal for all and part of each member's contract); changing them needs
 * {@code core.cooperative.manage}.
 */
public interface ContributionRateBook {

    /** The parameters in force on {@code date}: the core's default (10 % of turnover) before the first version. */
    ContributionRate inForce(UserContext user, LocalDate date);

    /** The cooperative's versions, oldest first; empty while the core's default applies. */
    List<ContributionRate> history(UserContext user);

    /**
     * The schemes a version may name: {@link ContributionRate#CORE_SCHEME} first, then the {@link ContributionScheme}
     * ids of the started modules.
     */
    List<String> schemes(UserContext user);

    /**
     * Adds a version from {@code rate.validFrom()}, which may not be in the past (a contribution already computed
     * never changes). Refused naming each bad field ({@code validFrom}, {@code rate}, {@code monthlyFee}, {@code schemeId}: a
     * scheme no started module offers).
     */
    void set(UserContext actor, ContributionRate rate);
}
