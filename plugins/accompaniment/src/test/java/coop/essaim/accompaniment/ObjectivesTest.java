package coop.essaim.accompaniment;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.Objective;
import coop.essaim.accompaniment.api.ObjectiveDraft;
import coop.essaim.accompaniment.api.ObjectiveKind;
import coop.essaim.accompaniment.api.ObjectiveStatus;
import coop.essaim.accompaniment.api.Objectives;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's objectives contract and training plan, set and reviewed at appointments, on the real core. */
class ObjectivesTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private Objectives objectives() {
        return fixture.accompaniment().objectives();
    }

    @Test
    void theAdviserSetsObjectivesReviewsThemAtAppointmentsAndTheHistoryStays() {
        UserContext karim = fixture.adviser();
        long jeanne = fixture.jeannePerson().id();
        Objective turnover = objectives().set(karim, new ObjectiveDraft(jeanne, ObjectiveKind.TURNOVER,
                " Chiffre d'affaires du premier semestre ", Money.of(1_800_000, EUR), null, LocalDate.of(2027, 6, 30)));
        Objective training = objectives().set(karim, new ObjectiveDraft(jeanne, ObjectiveKind.TRAINING,
                "Formation « coût de revient »", null, 14, LocalDate.of(2027, 4, 30)));
        assertEquals("Chiffre d'affaires du premier semestre", turnover.label());
        assertEquals(ObjectiveStatus.OPEN, turnover.status());

        Appointment held = fixture.accompaniment().appointments().schedule(karim,
                fixture.onSite(jeanne, LocalDateTime.of(2027, 3, 10, 9, 0)));
        objectives().review(karim, turnover.id(), LocalDate.of(2027, 3, 10), held.id(), ObjectiveStatus.BEHIND,
                "Deux devis perdus en février");
        Objective reviewed = objectives().review(karim, turnover.id(), LocalDate.of(2027, 3, 15), null,
                ObjectiveStatus.ON_TRACK, "Commande de la mairie signée");
        assertEquals(ObjectiveStatus.ON_TRACK, reviewed.status());
        assertEquals(List.of("BEHIND Deux devis perdus en février " + held.id(), "ON_TRACK Commande de la mairie"
                        + " signée null"),
                reviewed.reviews().stream().map(r -> r.status() + " " + r.note() + " " + r.appointmentId()).toList());

        // due first, first; Jeanne reads her own, with their history, and writes nothing
        List<Objective> hers = objectives().ofPerson(fixture.jeanne(), jeanne);
        assertEquals(List.of(training.id(), turnover.id()), hers.stream().map(Objective::id)
                .filter(id -> id == training.id() || id == turnover.id()).toList());
        assertEquals(2, hers.stream().filter(o -> o.id() == turnover.id()).findFirst().orElseThrow().reviews().size());
        assertThrows(AccessDeniedException.class, () -> objectives().set(fixture.jeanne(), new ObjectiveDraft(jeanne,
                ObjectiveKind.SKILL, "Négocier", null, null, LocalDate.of(2027, 9, 1))));
        assertThrows(AccessDeniedException.class, () -> objectives().review(fixture.jeanne(), turnover.id(),
                LocalDate.of(2027, 3, 15), null, ObjectiveStatus.ACHIEVED, "Je l'ai fait"));
        // the accountant does not follow people: for her the objectives do not exist
        assertEquals(List.of(), objectives().ofPerson(fixture.accountant(), jeanne));
        assertTrue(objectives().find(fixture.accountant(), turnover.id()).isEmpty());
    }

    @Test
    void aDraftOrAReviewIsRefusedWithEveryMistakeNamedByFieldAndNothingIsWritten() {
        UserContext karim = fixture.adviser();
        long jeanne = fixture.jeannePerson().id();
        Map<String, String> draft = fields(assertThrows(ValidationException.class, () -> objectives().set(karim,
                new ObjectiveDraft(jeanne, ObjectiveKind.TURNOVER, " ", Money.of(500, Currency.getInstance("MAD")),
                        3, null))));
        assertEquals(Map.of("label", "Obligatoire.", "amount", "Un montant en EUR, la monnaie de la coopérative.",
                "hours", "Seuls un objectif d'heures et une formation ont des heures.", "dueOn", "Obligatoire."), draft);
        assertEquals(Map.of("hours", "De 1 à " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.FRENCH)
                        .format(10_000) + " heures."), fields(assertThrows(ValidationException.class,
                () -> objectives().set(karim, new ObjectiveDraft(jeanne, ObjectiveKind.HOURS, "Heures facturées",
                        null, 0, LocalDate.of(2027, 12, 31))))));
        assertTrue(objectives().ofPerson(karim, jeanne).stream().noneMatch(o -> o.label().equals("Heures facturées")));

        Objective skill = objectives().set(karim, new ObjectiveDraft(jeanne, ObjectiveKind.SKILL,
                "Présenter son activité en trois minutes", null, null, LocalDate.of(2027, 5, 1)));
        long someoneElse = fixture.person("Manon", "Guérin").id();
        Appointment other = fixture.accompaniment().appointments().schedule(fixture.admin(),
                fixture.onSite(someoneElse, LocalDateTime.of(2027, 3, 9, 9, 0)));
        Map<String, String> review = fields(assertThrows(ValidationException.class, () -> objectives().review(karim,
                skill.id(), LocalDate.of(2027, 3, 16), other.id(), ObjectiveStatus.OPEN, "x".repeat(2001))));
        assertEquals(java.util.Set.of("reviewedOn", "status", "appointmentId", "note"), review.keySet());
        assertEquals("Une revue porte sur un jour déjà venu.", review.get("reviewedOn"));
        assertTrue(objectives().find(karim, skill.id()).orElseThrow().reviews().isEmpty());
    }

    private static Map<String, String> fields(ValidationException e) {
        return e.errors().stream().collect(Collectors.toMap(ValidationException.FieldError::field,
                ValidationException.FieldError::message));
    }
}
