package coop.essaim.api.expenses;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of a country's mileage scale, in force from {@code validFrom} until the next edition starts: the
 * rates of each vehicle category and the increase for electric vehicles ({@code 20} for the French 20 %,
 * {@code 0} where the law has none).
 *
 * <p><b>Rounding.</b> Amounts are computed exactly with {@code BigDecimal} (distance × rate + fixed part, then the
 * electric increase on that exact amount) and rounded once, half up, to the currency's minor unit, in
 * {@link #yearlyAllowance}. A line's allowance is the difference of two rounded yearly amounts
 * ({@link #lineAllowance}), so the lines of a year always add up to the rounded yearly amount of its distance.
 */
public record MileageScaleEdition(LocalDate validFrom, BigDecimal electricIncreasePercent,
                                  List<VehicleRates> vehicles) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MileageScaleEdition {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(electricIncreasePercent, "electricIncreasePercent");
        if (electricIncreasePercent.signum() < 0) {
            throw new IllegalArgumentException("mileage scale of " + validFrom + ": a negative electric increase");
        }
        vehicles = List.copyOf(vehicles);
        if (vehicles.stream().map(VehicleRates::code).distinct().count() != vehicles.size()) {
            throw new IllegalArgumentException("mileage scale of " + validFrom + ": a vehicle code used twice");
        }
    }

    public Optional<VehicleRates> vehicle(String code) {
        return vehicles.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /**
     * The allowance for {@code yearlyKm} kilometres driven in the year with a vehicle of category
     * {@code vehicleCode}, increased for an electric one, rounded half up to the cent (the minor unit).
     *
     * @throws IllegalArgumentException for a category this edition does not have
     */
    public Money yearlyAllowance(String vehicleCode, long yearlyKm, boolean electric, Currency currency) {
        VehicleRates rates = vehicle(vehicleCode).orElseThrow(() -> new IllegalArgumentException(
                "mileage scale of " + validFrom + ": no vehicle category " + vehicleCode));
        BigDecimal amount = rates.yearlyAmount(yearlyKm);
        if (electric) {
            amount = amount.add(amount.multiply(electricIncreasePercent).divide(HUNDRED));
        }
        BigDecimal rounded = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
        return Money.of(rounded.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
    }

    /**
     * The allowance of a trip of {@code km} kilometres when {@code kmBefore} were already driven in the year with
     * the same vehicle: the yearly allowance of the new total less that of the distance before. A trip that takes
     * the year into a new band thus also settles the earlier trips of the year at the new band's formula.
     */
    public Money lineAllowance(String vehicleCode, long kmBefore, long km, boolean electric, Currency currency) {
        if (kmBefore < 0 || km < 0) {
            throw new IllegalArgumentException("a distance of " + kmBefore + " + " + km + " km");
        }
        return yearlyAllowance(vehicleCode, kmBefore + km, electric, currency)
                .minus(yearlyAllowance(vehicleCode, kmBefore, electric, currency));
    }
}
