package coop.essaim.api.expenses;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One distance band of a vehicle's scale: for a yearly distance {@code d} of at most {@code upToKm} kilometres
 * (and more than the previous band's limit; {@code null} for the last band, without limit), the yearly allowance
 * is {@code d × ratePerKm + fixedAmount}, in the country's currency, before any rounding. The French 5 CV car
 * from 5,001 to 20,000 km: {@code (d × 0.357) + 1,395}.
 */
public record MileageBand(Long upToKm, BigDecimal ratePerKm, BigDecimal fixedAmount) {

    public MileageBand {
        Objects.requireNonNull(ratePerKm, "ratePerKm");
        Objects.requireNonNull(fixedAmount, "fixedAmount");
        if (ratePerKm.signum() < 0 || fixedAmount.signum() < 0) {
            throw new IllegalArgumentException("mileage band: a negative rate or fixed amount");
        }
        if (upToKm != null && upToKm <= 0) {
            throw new IllegalArgumentException("mileage band: a limit of " + upToKm + " km");
        }
    }

    /** The exact yearly amount for {@code km} kilometres in this band, unrounded. */
    public BigDecimal amount(long km) {
        return ratePerKm.multiply(BigDecimal.valueOf(km)).add(fixedAmount);
    }
}
