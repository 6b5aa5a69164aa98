package coop.essaim.mutualtraining;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.mutualtraining.api.Budget;
import coop.essaim.mutualtraining.api.CriterionResult;
import coop.essaim.mutualtraining.api.NewRequest;
import coop.essaim.mutualtraining.api.RequestStatus;
import coop.essaim.mutualtraining.api.TrainingRequest;
import coop.essaim.mutualtraining.internal.MutualTraining;
import coop.essaim.mutualtraining.internal.request.Decision;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static coop.essaim.mutualtraining.TrainingFixture.criteria;
import static coop.essaim.mutualtraining.TrainingFixture.eur;
import static coop.essaim.mutualtraining.TrainingFixture.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests scored against dated criteria, the committee's decisions and the yearly budget, on the real core. */
class RequestsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = TrainingFixture.kit();

    private final TrainingFixture fixture = new TrainingFixture(essaim);

    private static Decision approve(String reasons) {
        return new Decision(Decision.Choice.APPROVE, reasons, null);
    }

    @Test
    void aRequestIsScoredAgainstTheCriteriaOfItsDayAndAChangeMidYearAppliesOnlyToNewRequests() {
        LocalDate day = TrainingFixture.year(1);
        String jeanneStatus = fixture.jeannePerson().statusCode();
        long person = fixture.jeannePerson().id();
        fixture.on(day).criteria().add(fixture.committee(),
                criteria(day, List.of(jeanneStatus), 30, 20, 10, 0, "0"));
        TrainingRequest before = fixture.on(day).requests().submit(fixture.jeanne(),
                request("la comptabilité", true, "0.00", "Tenir les comptes de mon atelier", person));
        assertEquals(60, before.score(), before.criteria().toString());
        assertEquals(day, before.criteriaFrom());
        assertTrue(before.criteria().stream().allMatch(CriterionResult::met));

        LocalDate july = day.withMonth(7);
        fixture.on(july).criteria().add(fixture.committee(), criteria(july, List.of("NOBODY"), 50, 0, 5, 0, "0"));
        MutualTraining inJuly = fixture.on(july);
        TrainingRequest after = inJuly.requests().submit(fixture.jeanne(),
                request("la photographie", true, "0.00", "Photographier mes créations", person));
        assertEquals(5, after.score(), "the July criteria: no longer start phase, no internal points");
        assertEquals(july, after.criteriaFrom());
        TrainingRequest reread = inJuly.requests().find(fixture.jeanne(), before.id()).orElseThrow();
        assertEquals(60, reread.score(), "the earlier request keeps the score of the criteria of its day");
        assertEquals(day, reread.criteriaFrom());
        assertEquals(List.of(30, 20, 10, 0), reread.criteria().stream().map(CriterionResult::points).toList());

        TrainingRequest noPurpose = inJuly.requests().submit(fixture.jeanne(),
                request("l'anglais", false, "0.00", " ", null));
        assertEquals(0, noPurpose.score());
        assertEquals(List.of(false, false, false, true), noPurpose.criteria().stream().map(CriterionResult::met)
                .toList());
    }

    @Test
    void theYearlyCapPerPersonCountsWhatWasAlreadyApproved() {
        LocalDate day = TrainingFixture.year(2);
        MutualTraining mt = fixture.on(day);
        mt.criteria().add(fixture.committee(), criteria(day, List.of(), 0, 0, 0, 100_000, "0"));
        mt.requests().setBudget(fixture.accountant(), day.getYear(), eur("5000.00"), eur("0.00"));
        TrainingRequest first = mt.requests().submit(fixture.jeanne(), request("la couture", false, "800.00",
                "Atelier", null));
        assertTrue(first.criteria().get(3).met());
        mt.requests().decide(fixture.committee(), first.id(), approve("Utile à l'atelier"));
        TrainingRequest second = mt.requests().submit(fixture.jeanne(), request("le patronage", false, "300.00",
                "Atelier", null));
        assertEquals("YEARLY_CAP", second.criteria().get(3).code());
        assertTrue(!second.criteria().get(3).met(), "800.00 approved + 300.00 is beyond the cap of 1,000.00");
    }

    @Test
    void theBudgetNeverGoesNegativeWithoutAnOverrideWhoseReasonIsRecorded() {
        LocalDate day = TrainingFixture.year(3);
        MutualTraining mt = fixture.on(day);
        int year = day.getYear();
        mt.criteria().add(fixture.committee(), criteria(day, List.of(), 0, 0, 0, 0, "0"));
        mt.requests().setBudget(fixture.accountant(), year, eur("800.00"), eur("200.00"));
        TrainingRequest a = mt.requests().submit(fixture.jeanne(), request("la vente", false, "600.00", "Vendre",
                null));
        TrainingRequest b = mt.requests().submit(fixture.adviser(), request("l'écoute", false, "500.00", null,
                null));
        assertEquals(RequestStatus.APPROVED, mt.requests().decide(fixture.committee(), a.id(),
                approve("Priorité au démarrage")).status());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> mt.requests().decide(fixture.committee(), b.id(), approve("Utile")));
        assertEquals("overrideReason", refused.errors().get(0).field());
        assertTrue(refused.getMessage().contains("400"), refused.getMessage());
        assertEquals(RequestStatus.SUBMITTED, mt.requests().find(fixture.committee(), b.id()).orElseThrow().status());
        Budget mid = mt.requests().budget(fixture.jeanne(), year);
        assertEquals(eur("1000.00"), mid.total());
        assertEquals(eur("600.00"), mid.committed());
        assertEquals(eur("400.00"), mid.remaining());

        TrainingRequest overridden = mt.requests().decide(fixture.committee(), b.id(), new Decision(
                Decision.Choice.APPROVE, "Utile", "Subvention régionale attendue en septembre"));
        assertEquals(RequestStatus.APPROVED, overridden.status());
        assertEquals("Subvention régionale attendue en septembre", overridden.overrideReason());
        assertEquals(eur("-100.00"), mt.requests().budget(fixture.jeanne(), year).remaining());
        assertNull(mt.requests().find(fixture.jeanne(), a.id()).orElseThrow().overrideReason());

        ValidationException lower = assertThrows(ValidationException.class, () -> mt.requests()
                .setBudget(fixture.accountant(), year, eur("900.00"), eur("0.00")));
        assertEquals("contribution", lower.errors().get(0).field());
        assertEquals(eur("1000.00"), mt.requests().budget(fixture.jeanne(), year).total(), "unchanged");

        mt.requests().spend(fixture.accountant(), a.id(), eur("550.00"));
        ValidationException tooMuch = assertThrows(ValidationException.class,
                () -> mt.requests().spend(fixture.accountant(), a.id(), eur("60.00")));
        assertEquals("amount", tooMuch.errors().get(0).field());
        assertEquals(eur("550.00"), mt.requests().budget(fixture.jeanne(), year).spent());
    }

    @Test
    void theShareReservedForInternalTrainersIsNotSpentOnExternalOnesWithoutAnOverride() {
        LocalDate day = TrainingFixture.year(4);
        MutualTraining mt = fixture.on(day);
        mt.criteria().add(fixture.committee(), criteria(day, List.of(), 0, 10, 0, 0, "40"));
        mt.requests().setBudget(fixture.admin(), day.getYear(), eur("1000.00"), eur("0.00"));
        TrainingRequest external = mt.requests().submit(fixture.jeanne(), request("le droit", false, "700.00",
                "Mes contrats", null));
        ValidationException reserved = assertThrows(ValidationException.class,
                () -> mt.requests().decide(fixture.committee(), external.id(), approve("Utile")));
        assertEquals("overrideReason", reserved.errors().get(0).field());
        TrainingRequest internal = mt.requests().submit(fixture.jeanne(), request("la broderie", true, "700.00",
                "Mes créations", null));
        assertEquals(RequestStatus.APPROVED, mt.requests().decide(fixture.committee(), internal.id(),
                approve("Formatrice interne")).status());
        assertEquals(eur("400.00"), mt.requests().budget(fixture.jeanne(), day.getYear()).internalReserved());
    }

    @Test
    void theCommitteeRefusesOrHoldsWithReasonsTheMemberReads() {
        LocalDate day = TrainingFixture.year(5);
        MutualTraining mt = fixture.on(day);
        mt.requests().setBudget(fixture.accountant(), day.getYear(), eur("300.00"), eur("0.00"));
        TrainingRequest r = mt.requests().submit(fixture.jeanne(), request("la soudure", false, "200.00", "Atelier",
                null));
        ValidationException noReasons = assertThrows(ValidationException.class, () -> mt.requests()
                .decide(fixture.committee(), r.id(), new Decision(Decision.Choice.REFUSE, " ", null)));
        assertEquals("reasons", noReasons.errors().get(0).field());
        mt.requests().decide(fixture.committee(), r.id(), new Decision(Decision.Choice.HOLD,
                "En attente du devis", null));
        TrainingRequest held = mt.requests().own(fixture.jeanne()).stream().filter(x -> x.id() == r.id())
                .findFirst().orElseThrow();
        assertEquals(RequestStatus.ON_HOLD, held.status());
        assertEquals("En attente du devis", held.decisionReasons());
        TrainingRequest refused = mt.requests().decide(fixture.committee(), r.id(), new Decision(
                Decision.Choice.REFUSE, "Hors de l'activité déclarée", null));
        assertEquals(RequestStatus.REFUSED, refused.status());
        assertEquals(eur("0.00"), refused.committed());
        ValidationException again = assertThrows(ValidationException.class, () -> mt.requests()
                .decide(fixture.committee(), r.id(), approve("Finalement")));
        assertEquals("choice", again.errors().get(0).field());
        assertEquals(eur("0.00"), mt.requests().budget(fixture.jeanne(), day.getYear()).committed());
    }

    @Test
    void aMemberSeesOnlyTheirOwnRequestsAndCannotDecideNorSetTheBudget() {
        LocalDate day = TrainingFixture.year(6);
        MutualTraining mt = fixture.on(day);
        TrainingRequest karim = mt.requests().submit(fixture.adviser(), request("l'animation", false, "50.00",
                null, null));
        TrainingRequest jeanne = mt.requests().submit(fixture.jeanne(), request("la vente", false, "50.00", null,
                null));
        assertTrue(mt.requests().find(fixture.jeanne(), karim.id()).isEmpty());
        assertTrue(mt.requests().own(fixture.jeanne()).stream().noneMatch(x -> x.id() == karim.id()));
        assertTrue(mt.requests().find(fixture.committee(), jeanne.id()).isPresent());
        assertEquals(2, mt.requests().all(fixture.committee(), day.getYear(), null).size());
        assertThrows(AccessDeniedException.class, () -> mt.requests().all(fixture.jeanne(), day.getYear(), null));
        assertThrows(AccessDeniedException.class, () -> mt.requests().decide(fixture.jeanne(), jeanne.id(),
                approve("Moi-même")));
        assertThrows(AccessDeniedException.class, () -> mt.requests().setBudget(fixture.jeanne(), day.getYear(),
                eur("1.00"), eur("0.00")));
        assertThrows(AccessDeniedException.class, () -> mt.criteria().add(fixture.jeanne(),
                criteria(day, List.of(), 0, 0, 0, 0, "0")));
        assertEquals(RequestStatus.SUBMITTED, mt.requests().find(fixture.jeanne(), jeanne.id()).orElseThrow()
                .status());
    }

    @Test
    void badInputNamesEachFieldAndRecordsNothing() {
        LocalDate day = TrainingFixture.year(7);
        MutualTraining mt = fixture.on(day);
        ValidationException bad = assertThrows(ValidationException.class, () -> mt.requests().submit(
                fixture.jeanne(), new NewRequest(" ", false, null, null, null, eur("-1.00"), BigDecimal.ZERO, null)));
        List<String> fields = bad.errors().stream().map(ValidationException.FieldError::field).toList();
        assertEquals(List.of("title", "goal", "cost", "hours"), fields);
        ValidationException dollars = assertThrows(ValidationException.class, () -> mt.requests().submit(
                fixture.jeanne(), new NewRequest("Excel", false, null, "Tableaux", null,
                        coop.essaim.api.money.Money.of(100, "USD"), BigDecimal.ONE, null)));
        assertEquals("cost", dollars.errors().get(0).field());
        ValidationException notHers = assertThrows(ValidationException.class, () -> mt.requests().submit(
                fixture.jeanne(), request("Excel", false, "1.00", null, Long.MAX_VALUE)));
        assertEquals("personId", notHers.errors().get(0).field());
        ValidationException criteria = assertThrows(ValidationException.class, () -> mt.criteria().add(
                fixture.committee(), criteria(day.minusDays(1), List.of(), -1, 0, 101, -5, "120")));
        assertEquals(List.of("validFrom", "startPhasePoints", "activityPoints", "yearlyCap", "internalShare"),
                criteria.errors().stream().map(ValidationException.FieldError::field).toList());
        assertTrue(mt.requests().all(fixture.committee(), day.getYear(), null).isEmpty(), "nothing recorded");
        ValidationException noBudget = assertThrows(ValidationException.class, () -> mt.requests().setBudget(
                fixture.accountant(), 1900, eur("-1.00"), null));
        assertEquals(List.of("year", "contribution", "grant"), noBudget.errors().stream()
                .map(ValidationException.FieldError::field).toList());
    }
}
