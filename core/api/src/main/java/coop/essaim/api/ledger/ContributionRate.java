package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The default scheme's parameters from {@code validFrom} on: {@code rate} (a fraction, {@code 0.10} for 10 %)
 * of {@code base}, plus {@code monthlyFee} per calendar month when present. The service validates a change
 * and names the bad field; this record only refuses nulls.
 */
public record ContributionRate(LocalDate validFrom, BigDecimal rate, ContributionBase base, Optional<Money> monthlyFee) {

    /** The core's rate before a cooperative sets its own: 10 % of turnover excl. VAT, no fee (domain.md). */
    public static final BigDecimal DEFAULT_RATE = new BigDecimal("0.10");

    public ContributionRate {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(base, "base");
        monthlyFee = monthlyFee == null ? Optional.empty() : monthlyFee;
    }

    /** What applies before the cooperative's first row: {@link LocalDate#MIN} marks it as the default. */
    public static ContributionRate coreDefault() {
        return new ContributionRate(LocalDate.MIN, DEFAULT_RATE, ContributionBase.TURNOVER, Optional.empty());
    }

    public boolean isCoreDefault() {
        return LocalDate.MIN.equals(validFrom);
    }
}
