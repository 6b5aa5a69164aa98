package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The "grille de taux par défaut" (taux neutre) of the prélèvement à la source: bands of the month's net taxable
 * pay, each "below" an upper bound in euros, the last one unbounded. Written in the parameters as
 * {@code 1620:0|1683:0.5|...|*:43}.
 */
final class WithholdingGrid {

    private record Band(BigDecimal below, BigDecimal ratePercent) {
    }

    private final List<Band> bands;

    private WithholdingGrid(List<Band> bands) {
        this.bands = List.copyOf(bands);
    }

    static WithholdingGrid of(PayrollParameters parameters) {
        String text = parameters.text("withholding.grid");
        List<Band> bands = new ArrayList<>();
        for (String band : text.split("\\|")) {
            String[] parts = band.strip().split(":");
            if (parts.length != 2) {
                throw new IllegalStateException("withholding.grid of " + parameters.validFrom() + ": '" + band
                        + "' is not bound:rate");
            }
            BigDecimal below = parts[0].strip().equals("*") ? null : new BigDecimal(parts[0].strip());
            if (!bands.isEmpty() && (bands.get(bands.size() - 1).below() == null
                    || (below != null && below.compareTo(bands.get(bands.size() - 1).below()) <= 0))) {
                throw new IllegalStateException("withholding.grid of " + parameters.validFrom()
                        + ": bounds must rise, the unbounded band last");
            }
            bands.add(new Band(below, new BigDecimal(parts[1].strip())));
        }
        if (bands.isEmpty() || bands.get(bands.size() - 1).below() != null) {
            throw new IllegalStateException("withholding.grid of " + parameters.validFrom() + ": no unbounded last band");
        }
        return new WithholdingGrid(bands);
    }

    /** The neutral rate, in percent, for a month's net taxable pay. */
    BigDecimal ratePercentFor(Money netTaxable) {
        BigDecimal amount = netTaxable.toDecimal();
        for (Band band : bands) {
            if (band.below() == null || amount.compareTo(band.below()) < 0) {
                return band.ratePercent();
            }
        }
        throw new IllegalStateException("unreachable: the last band is unbounded");
    }
}
