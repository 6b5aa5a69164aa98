package coop.essaim.countryfr.internal;

import coop.essaim.api.expenses.MileageBand;
import coop.essaim.api.expenses.MileageScale;
import coop.essaim.api.expenses.MileageScaleEdition;
import coop.essaim.api.expenses.VehicleKind;
import coop.essaim.api.expenses.VehicleRates;
import coop.essaim.countryfr.api.FrenchAccounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The French "barème kilométrique" (art. 83 of the CGI and its yearly arrêté): cars by fiscal horsepower with
 * bands up to 5,000 km, to 20,000 km and beyond; motorcycles above 50 cm³ and mopeds with bands up to 3,000 km, to
 * 6,000 km and beyond; 20 % more for electric vehicles (since the scale of 2021).
 *
 * <p>An edition applies to the allowances of the trips of the year it starts, as employers apply the scale
 * published early in a year to that year's reimbursements (the tax return of the year before uses the same
 * figures). Sources, each figure checked against at least two publications:
 * <ul>
 *   <li>from 2022: the arrêté of 1 February 2022 (JO of 13 February 2022, ECOE2202731A, revalued 10 %); cars only:
 *   its two-wheeler figures were not confirmed, so a two-wheeler trip of 2022 finds no scale;</li>
 *   <li>from 2023: the scale revalued 5.4 % in 2023 (for the 2022 income) and kept unchanged for the 2023 and 2024
 *   income (DGFiP, brochure pratique 2024 and 2025; aequitas.fr "le barème kilométrique ne sera pas revalorisé en
 *   2024", aeccompta.com "barème fiscal de remboursement des frais kilométriques 2025", avencia-eca.fr "gel des
 *   barèmes kilométriques", April 2025). It stays in force until a new edition is added here.</li>
 * </ul>
 */
public final class FrenchMileageScale implements MileageScale {

    private static final String BUNDLE = "coop.essaim.countryfr.mileage";
    private static final BigDecimal ELECTRIC = BigDecimal.valueOf(20);

    private static final List<MileageScaleEdition> EDITIONS = List.of(
            new MileageScaleEdition(LocalDate.of(2022, 1, 1), ELECTRIC, List.of(
                    car("CAR-3", "0.502", "0.300", 1_007, "0.350"),
                    car("CAR-4", "0.575", "0.323", 1_262, "0.387"),
                    car("CAR-5", "0.603", "0.339", 1_320, "0.405"),
                    car("CAR-6", "0.631", "0.355", 1_382, "0.425"),
                    car("CAR-7", "0.661", "0.374", 1_435, "0.446"))),
            new MileageScaleEdition(LocalDate.of(2023, 1, 1), ELECTRIC, List.of(
                    car("CAR-3", "0.529", "0.316", 1_065, "0.370"),
                    car("CAR-4", "0.606", "0.340", 1_330, "0.407"),
                    car("CAR-5", "0.636", "0.357", 1_395, "0.427"),
                    car("CAR-6", "0.665", "0.374", 1_457, "0.447"),
                    car("CAR-7", "0.697", "0.394", 1_515, "0.470"),
                    twoWheels("MOTORCYCLE-1-2", VehicleKind.MOTORCYCLE, "0.395", "0.099", 891, "0.248"),
                    twoWheels("MOTORCYCLE-3-5", VehicleKind.MOTORCYCLE, "0.468", "0.082", 1_158, "0.275"),
                    twoWheels("MOTORCYCLE-6", VehicleKind.MOTORCYCLE, "0.606", "0.079", 1_583, "0.343"),
                    twoWheels("MOPED", VehicleKind.MOPED, "0.315", "0.079", 711, "0.198"))));

    @Override
    public String country() {
        return "FR";
    }

    @Override
    public List<MileageScaleEdition> editions() {
        return EDITIONS;
    }

    @Override
    public String vehicleLabel(String vehicleCode, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, FrenchMileageScale.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(vehicleCode);
        } catch (MissingResourceException e) {
            return vehicleCode;
        }
    }

    @Override
    public String travelAccount() {
        return FrenchAccounts.TRAVEL;
    }

    private static VehicleRates car(String code, String upTo5000, String rate, int fixed, String over20000) {
        return new VehicleRates(code, VehicleKind.CAR, bands(5_000, 20_000, upTo5000, rate, fixed, over20000));
    }

    private static VehicleRates twoWheels(String code, VehicleKind kind, String upTo3000, String rate, int fixed,
                                          String over6000) {
        return new VehicleRates(code, kind, bands(3_000, 6_000, upTo3000, rate, fixed, over6000));
    }

    private static List<MileageBand> bands(long first, long second, String firstRate, String middleRate,
                                           int middleFixed, String lastRate) {
        return List.of(new MileageBand(first, new BigDecimal(firstRate), BigDecimal.ZERO),
                new MileageBand(second, new BigDecimal(middleRate), BigDecimal.valueOf(middleFixed)),
                new MileageBand(null, new BigDecimal(lastRate), BigDecimal.ZERO));
    }
}
