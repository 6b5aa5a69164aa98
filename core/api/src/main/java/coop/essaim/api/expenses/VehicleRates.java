package coop.essaim.api.expenses;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The scale of one vehicle category: a stable {@code code} stored on each mileage line ({@code CAR-5}), its
 * {@link VehicleKind}, and its distance bands in increasing order, the last without limit.
 */
public record VehicleRates(String code, VehicleKind kind, List<MileageBand> bands) {

    public VehicleRates {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        bands = List.copyOf(bands);
        if (bands.isEmpty() || bands.get(bands.size() - 1).upToKm() != null) {
            throw new IllegalArgumentException("vehicle " + code + ": the last band must have no limit");
        }
        for (int i = 1; i < bands.size(); i++) {
            Long previous = bands.get(i - 1).upToKm();
            Long limit = bands.get(i).upToKm();
            if (previous == null || limit != null && limit <= previous) {
                throw new IllegalArgumentException("vehicle " + code + ": bands out of order");
            }
        }
    }

    /** The band a yearly distance of {@code km} kilometres falls in. */
    public MileageBand band(long km) {
        return bands.stream().filter(b -> b.upToKm() == null || km <= b.upToKm()).findFirst().orElseThrow();
    }

    /** The exact yearly amount for {@code km} kilometres, unrounded, without any electric increase. */
    public BigDecimal yearlyAmount(long km) {
        if (km < 0) {
            throw new IllegalArgumentException("a distance of " + km + " km");
        }
        return band(km).amount(km);
    }
}
