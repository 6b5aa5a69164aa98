package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The cooperative's contribution rule from {@code validFrom} on: the {@link ContributionScheme} that computes it
 * ({@code schemeId}: {@link #CORE_SCHEME}, or the id of a plugin's scheme), and the core scheme's parameters,
 * {@code rate} (a fraction, {@code 0.10} for 10 %) of {@code base}, plus {@code monthlyFee} per calendar month when
 * present; a plugin's scheme reads parameters of its own. The service validates a change and names the bad field;
 * this record only refuses nulls.
 */
public record ContributionRate(LocalDate validFrom, BigDecimal rate, ContributionBase base, Optional<Money> monthlyFee,
                               String schemeId) {

    /** The id of the core's scheme, a rate equal for all. */
    public static final String CORE_SCHEME = "core.rate";

    /** The core's rate before a cooperative sets its own: 10 % of turnover excl. VAT, no fee (domain.md). */
    public static final BigDecimal DEFAULT_RATE = new BigDecimal("0.10");

    public ContributionRate {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(base, "base");
        monthlyFee = monthlyFee == null ? Optional.empty() : monthlyFee;
        schemeId = schemeId == null || schemeId.isBlank() ? CORE_SCHEME : schemeId.strip();
    }

    /** The core's scheme with these parameters. */
    public ContributionRate(LocalDate validFrom, BigDecimal rate, ContributionBase base, Optional<Money> monthlyFee) {
        this(validFrom, rate, base, monthlyFee, CORE_SCHEME);
    }

    public boolean coreScheme() {
        return CORE_SCHEME.equals(schemeId);
    }

    /** What applies before the cooperative's first row: {@link LocalDate#MIN} marks it as the default. */
    public static ContributionRate coreDefault() {
        return new ContributionRate(LocalDate.MIN, DEFAULT_RATE, ContributionBase.TURNOVER, Optional.empty());
    }

    public boolean isCoreDefault() {
        return LocalDate.MIN.equals(validFrom);
    }
}
