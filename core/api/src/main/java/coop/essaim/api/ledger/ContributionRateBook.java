package coop.essaim.api.ledger;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;

/**
 * Service: the parameters of the core's contribution scheme for the user's cooperative, as dated versions (rate,
 * base, optional monthly fee, each from a date). Every member may read them (the rate is equal for all and part
 * of each member's contract); changing them needs {@code core.cooperative.manage}.
 */
public interface ContributionRateBook {

    /** The parameters in force on {@code date}: the core's default (10 % of turnover) before the first version. */
    ContributionRate inForce(UserContext user, LocalDate date);

    /** The cooperative's versions, oldest first; empty while the core's default applies. */
    List<ContributionRate> history(UserContext user);

    /**
     * Adds a version from {@code rate.validFrom()}, which may not be in the past (a contribution already computed
     * never changes). Refused naming each bad field ({@code validFrom}, {@code rate}, {@code monthlyFee}).
     */
    void set(UserContext actor, ContributionRate rate);
}
