package coop.essaim.invoicing;

import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.ExpenseLine;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.MileageLineDraft;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jeanne's mileage at the French scale (country-fr): the band of her year's kilometres with the vehicle, the
 * edition of the trip's date, no VAT, posted to 625100. Each test uses its own vehicle, since the year's
 * kilometres are counted per member and vehicle and the tests share one database. Amounts worked out in
 * country-fr's FrenchMileageScaleTest.
 */
class MileageLinesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    private ExpenseNotes notes() {
        return fixture.invoicing().expenses();
    }

    private long note(String label) {
        return notes().create(fixture.jeanne(), fixture.jeanneActivity(), label).id();
    }

    private static MileageLineDraft trip(LocalDate day, int km, String vehicle, boolean electric) {
        return new MileageLineDraft(day, "Lyon", "Villefranche-sur-Saône", "Essayage chez une cliente", km, vehicle,
                electric);
    }

    private static ExpenseLine last(ExpenseNote note) {
        return note.lines().get(note.lines().size() - 1);
    }

    @Test
    void aTripIsPaidAtTheScaleWithoutVatAndPostedToTravel() {
        UserContext compta = fixture.accountant();
        long id = note("Essayages de mars");
        ExpenseNote note = notes().addMileageLine(fixture.jeanne(), id, trip(LocalDate.now(), 3_000, "CAR-4", false));
        ExpenseLine line = last(note);
        assertEquals(eur("1818.00"), line.amount(), "3,000 × 0.606");
        assertEquals(eur("0.00"), line.vat());
        assertEquals("625100", line.accountCode());
        assertEquals(0, line.mileage().yearKmBefore());
        assertEquals("Villefranche-sur-Saône", line.mileage().to());

        notes().submit(fixture.jeanne(), id);
        ExpenseNote validated = notes().validate(compta, id);
        var entry = essaim.service(Ledger.class).entry(compta, validated.ledgerEntryId()).orElseThrow();
        assertTrue(entry.lines().stream().anyMatch(l -> l.accountCode().equals("625100") && l.side() == Side.DEBIT
                && l.amount().equals(eur("1818.00"))), entry.toString());
        assertTrue(entry.lines().stream().anyMatch(l -> l.accountCode().equals("421000") && l.side() == Side.CREDIT
                && l.amount().equals(eur("1818.00"))), entry.toString());
        assertTrue(entry.lines().stream().noneMatch(l -> l.accountCode().equals("445660")), "no VAT on mileage");
    }

    @Test
    void theTripThatCrosses5000KmSettlesTheYearAtTheNewBand() {
        long first = note("Tournée de printemps");
        ExpenseLine before = last(notes().addMileageLine(fixture.jeanne(), first,
                trip(LocalDate.now(), 4_000, "CAR-5", false)));
        assertEquals(eur("2544.00"), before.amount(), "4,000 × 0.636");
        long second = note("Tournée d’été");
        ExpenseLine crossing = last(notes().addMileageLine(fixture.jeanne(), second,
                trip(LocalDate.now(), 2_000, "CAR-5", false)));
        assertEquals(4_000, crossing.mileage().yearKmBefore(), "counted across the member's notes");
        // 6,000 × 0.357 + 1,395 = 3,537 for the year, of which 2,544 already filed
        assertEquals(eur("993.00"), crossing.amount());
        assertEquals(eur("3537.00"), before.amount().plus(crossing.amount()));
    }

    @Test
    void anElectricCarGetsTwentyPercentMoreAndCountsApart() {
        long id = note("Livraisons");
        ExpenseLine electric = last(notes().addMileageLine(fixture.jeanne(), id,
                trip(LocalDate.now(), 1_000, "CAR-3", true)));
        assertEquals(eur("634.80"), electric.amount(), "1,000 × 0.529 × 1.2");
        ExpenseLine thermal = last(notes().addMileageLine(fixture.jeanne(), id,
                trip(LocalDate.now(), 1_000, "CAR-3", false)));
        assertEquals(0, thermal.mileage().yearKmBefore(), "another vehicle");
        assertEquals(eur("529.00"), thermal.amount());
        assertEquals(eur("1163.80"), notes().find(fixture.jeanne(), id).orElseThrow().total());
    }

    @Test
    void theScaleIsTheOneInForceOnTheTripsDate() {
        long id = note("Anciens trajets");
        assertEquals(eur("631.00"), last(notes().addMileageLine(fixture.jeanne(), id,
                trip(LocalDate.of(2022, 12, 31), 1_000, "CAR-6", false))).amount(), "2022: 1,000 × 0.631");
        ExpenseLine in2023 = last(notes().addMileageLine(fixture.jeanne(), id,
                trip(LocalDate.of(2023, 1, 1), 1_000, "CAR-6", false)));
        assertEquals(eur("665.00"), in2023.amount(), "2023: 1,000 × 0.665");
        assertEquals(0, in2023.mileage().yearKmBefore(), "a new calendar year starts from zero");
        ValidationException moped = assertThrows(ValidationException.class, () -> notes().addMileageLine(
                fixture.jeanne(), id, trip(LocalDate.of(2022, 6, 1), 100, "MOPED", false)));
        assertEquals(Set.of("line.vehicle"), fields(moped));
    }

    @Test
    void aTripThatCannotBeFiledIsRefusedNamingEachFieldAndChangesNothing() {
        long id = note("Trajets refusés");
        ValidationException e = assertThrows(ValidationException.class, () -> notes().addMileageLine(
                fixture.jeanne(), id, new MileageLineDraft(LocalDate.now().plusDays(1), " ", "Lyon", "", 0, "CAR-5",
                        false)));
        assertEquals(Set.of("line.travelledOn", "line.from", "line.purpose", "line.distanceKm"), fields(e));
        ValidationException vehicle = assertThrows(ValidationException.class, () -> notes().addMileageLine(
                fixture.jeanne(), id, trip(LocalDate.now(), 12, "CAR-12", false)));
        assertEquals(Set.of("line.vehicle"), fields(vehicle));
        assertTrue(vehicle.getMessage().contains("CAR-12"), vehicle.getMessage());
        assertTrue(notes().find(fixture.jeanne(), id).orElseThrow().lines().isEmpty());

        long others = notes().create(fixture.accountant(), fixture.otherActivity(), "Note d’une autre activité").id();
        ValidationException foreign = assertThrows(ValidationException.class, () -> notes().addMileageLine(
                fixture.jeanne(), others, trip(LocalDate.now(), 10, "CAR-7", false)));
        assertEquals(Set.of("note"), fields(foreign));
    }

    @Test
    void theVehiclesAreThoseOfTheScaleInForce() {
        List<String> today = notes().vehicles(fixture.jeanne(), LocalDate.now()).stream()
                .map(ExpenseNotes.VehicleChoice::code).toList();
        assertTrue(today.containsAll(List.of("CAR-3", "CAR-7", "MOTORCYCLE-3-5", "MOPED")), today.toString());
        assertEquals(5, notes().vehicles(fixture.jeanne(), LocalDate.of(2022, 3, 1)).size());
        assertTrue(notes().vehicles(fixture.jeanne(), LocalDate.of(2021, 3, 1)).isEmpty());
    }

    static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }
}
