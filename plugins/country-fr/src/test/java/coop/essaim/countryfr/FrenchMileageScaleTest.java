package coop.essaim.countryfr;

import coop.essaim.api.expenses.MileageScale;
import coop.essaim.api.expenses.MileageScaleEdition;
import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.money.Money;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The French mileage scale on the real core. Worked examples computed by hand from the published formulas (the
 * 2023 edition as the DGFiP brochure pratique 2024 and 2025 print it, the 2022 one from the arrêté of 1 February
 * 2022), as impots.gouv.fr's "simulateur barème kilométrique" computes them.
 */
class FrenchMileageScaleTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes"));

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate IN_2024 = LocalDate.of(2024, 6, 15);

    private MileageScale scale() {
        List<MileageScale> scales = essaim.extensions(MileageScale.class, "country-fr");
        assertEquals(1, scales.size());
        return scales.get(0);
    }

    private MileageScaleEdition on(LocalDate day) {
        return scale().editionOn(day).orElseThrow();
    }

    private static Money eur(String amount) {
        return Money.parse(amount, EUR);
    }

    @Test
    void aFourHorsepowerCarDriven3000KmInTheYear() {
        // 3,000 × 0.606
        assertEquals(eur("1818.00"), on(IN_2024).yearlyAllowance("CAR-4", 3_000, false, EUR));
    }

    @Test
    void aFiveHorsepowerCarCrossing5000KmIsSettledAtTheNewBand() {
        MileageScaleEdition e = on(IN_2024);
        // 4,000 km before: 4,000 × 0.636 = 2,544; after a trip of 2,000 km: 6,000 × 0.357 + 1,395 = 3,537
        assertEquals(eur("2544.00"), e.yearlyAllowance("CAR-5", 4_000, false, EUR));
        assertEquals(eur("3537.00"), e.yearlyAllowance("CAR-5", 6_000, false, EUR));
        assertEquals(eur("993.00"), e.lineAllowance("CAR-5", 4_000, 2_000, false, EUR));
        // at the boundary the two formulas agree: 5,000 × 0.636 = 5,000 × 0.357 + 1,395 = 3,180
        assertEquals(eur("3180.00"), e.yearlyAllowance("CAR-5", 5_000, false, EUR));
        assertEquals(eur("3180.36"), e.yearlyAllowance("CAR-5", 5_001, false, EUR));
    }

    @Test
    void anElectricVehicleGetsTwentyPercentMoreOnTheExactAmount() {
        MileageScaleEdition e = on(IN_2024);
        // 1,000 × 0.529 = 529 → × 1.2 = 634.80 (the rounded published coefficient 0.635 would give 635.00)
        assertEquals(eur("634.80"), e.yearlyAllowance("CAR-3", 1_000, true, EUR));
        // (6,000 × 0.357 + 1,395) × 1.2 = 4,244.40
        assertEquals(eur("4244.40"), e.yearlyAllowance("CAR-5", 6_000, true, EUR));
        // moped, 3,500 km: (3,500 × 0.079 + 711) × 1.2 = 987.50 × 1.2 = 1,185.00
        assertEquals(eur("987.50"), e.yearlyAllowance("MOPED", 3_500, false, EUR));
        assertEquals(eur("1185.00"), e.yearlyAllowance("MOPED", 3_500, true, EUR));
    }

    @Test
    void amountsAreRoundedHalfUpToTheCentOnce() {
        MileageScaleEdition e = on(IN_2024);
        assertEquals(eur("17.43"), e.yearlyAllowance("CAR-7", 25, false, EUR), "25 × 0.697 = 17.425");
        assertEquals(eur("0.61"), e.yearlyAllowance("CAR-4", 1, false, EUR), "0.606");
        // a motorcycle over 5 CV beyond 6,000 km: 7,000 × 0.343 = 2,401
        assertEquals(eur("2401.00"), e.yearlyAllowance("MOTORCYCLE-6", 7_000, false, EUR));
        // the year's lines add up to the yearly amount, whatever the trips
        Money sum = Money.zero(EUR);
        long before = 0;
        for (long trip : new long[] {1_234, 2_345, 3_456, 12_345, 7}) {
            sum = sum.plus(e.lineAllowance("CAR-6", before, trip, true, EUR));
            before += trip;
        }
        assertEquals(e.yearlyAllowance("CAR-6", before, true, EUR), sum);
    }

    @Test
    void theEditionIsTheOneValidOnTheTripsDate() {
        assertTrue(scale().editionOn(LocalDate.of(2021, 12, 31)).isEmpty());
        assertEquals(eur("603.00"), on(LocalDate.of(2022, 12, 31)).yearlyAllowance("CAR-5", 1_000, false, EUR));
        assertEquals(eur("636.00"), on(LocalDate.of(2023, 1, 1)).yearlyAllowance("CAR-5", 1_000, false, EUR));
        assertEquals(on(LocalDate.of(2023, 1, 1)), on(LocalDate.of(2025, 12, 31)), "unchanged for 2024 and 2025");
        assertFalse(on(LocalDate.of(2022, 6, 1)).vehicle("MOPED").isPresent(), "2022's two-wheelers unconfirmed");
    }

    @Test
    void everyVehicleHasALabelInFrenchAndEnglishAndTheAllowancesPostToTravel() {
        MileageScale s = scale();
        for (MileageScaleEdition e : s.editions()) {
            e.vehicles().forEach(v -> {
                String fr = s.vehicleLabel(v.code(), Locale.FRENCH);
                String en = s.vehicleLabel(v.code(), Locale.ENGLISH);
                assertNotEquals(v.code(), fr);
                assertNotEquals(fr, en, v.code());
            });
        }
        assertEquals("Voiture, 5 CV", s.vehicleLabel("CAR-5", Locale.FRENCH));
        Account travel = essaim.extensions(ChartOfAccounts.class, "country-fr").get(0).accounts().stream()
                .filter(a -> a.code().equals(s.travelAccount())).findFirst().orElseThrow();
        assertEquals(AccountKind.EXPENSE, travel.kind());
        assertEquals("625100", travel.code());
    }
}
