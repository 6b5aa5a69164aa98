package coop.essaim.countrybe;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.Contract;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.countrybe.internal.BelgianPathModel;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static coop.essaim.countrybe.internal.BelgianPathModel.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Belgian path on the real core, in a Belgian cooperative: short job contracts one after the other. */
class BelgianPathTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).inCountry("BE", "EUR", "fr");

    private Person member(String given) {
        UserContext admin = essaim.administrator();
        People people = essaim.service(People.class);
        long site = people.createEstablishment(admin, new EstablishmentDetails("Bruxelles " + given, Address.NONE)).id();
        return people.create(admin, new PersonDetails(PersonKind.MEMBER, given, "Peeters", null, false, null, null,
                Address.NONE, null, site, List.of(), null));
    }

    @Test
    void theBelgianModelIsTheCooperativesModel() {
        PathModel model = essaim.service(People.class).pathModel(essaim.administrator());
        assertEquals(BelgianPathModel.ID, model.id());
        assertTrue(model.contractKind(SHORT_JOB).orElseThrow().fixedTerm());
        assertTrue(!model.contractKind(MONTHLY_EMPLOYMENT).orElseThrow().fixedTerm());
    }

    /** A day, a week, a month: each job is a fixed-term contract the next one ends; then a monthly contract. */
    @Test
    void shortJobContractsOneAfterTheOtherThenAMonthlyContract() {
        UserContext admin = essaim.administrator();
        People people = essaim.service(People.class);
        long lotte = member("Lotte").id();
        people.recordTransition(admin, lotte, new PathChange(RECEPTION, LocalDate.of(2025, 1, 6), null, null, null));
        people.recordTransition(admin, lotte, new PathChange(SUPPORT_AGREEMENT, LocalDate.of(2025, 1, 20),
                LocalDate.of(2026, 1, 19), null, null));
        people.recordTransition(admin, lotte, job(LocalDate.of(2025, 2, 7), LocalDate.of(2025, 2, 7), "concert"));
        people.recordTransition(admin, lotte, job(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7), "festival"));
        people.recordTransition(admin, lotte, job(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), "tournée"));
        PersonPath path = people.recordTransition(admin, lotte, new PathChange(SALARIED, LocalDate.of(2025, 9, 1),
                null, null, null));

        List<Contract> jobs = new ArrayList<>(path.contracts().stream().filter(c -> c.kind().equals(SHORT_JOB)).toList());
        assertEquals(3, jobs.size());
        assertEquals(new Contract(SHORT_JOB, LocalDate.of(2025, 2, 7), LocalDate.of(2025, 2, 7),
                LocalDate.of(2025, 3, 3), 0), jobs.get(0));                  // a one-day contract
        assertEquals(LocalDate.of(2025, 4, 1), jobs.get(1).end());
        assertEquals(LocalDate.of(2025, 9, 1), jobs.get(2).end());            // the monthly contract ends it
        Contract monthly = path.contracts().stream().filter(c -> c.kind().equals(MONTHLY_EMPLOYMENT)).findFirst()
                .orElseThrow();
        assertEquals(null, monthly.plannedEnd());
        assertTrue(monthly.open());
        assertTrue(path.contracts().stream().filter(c -> c.kind().equals(SUPPORT_AGREEMENT)).allMatch(c -> !c.open()));
    }

    @Test
    void aShortJobHasAPlannedEnd() {
        UserContext admin = essaim.administrator();
        People people = essaim.service(People.class);
        long jan = member("Jan").id();
        people.recordTransition(admin, jan, new PathChange(RECEPTION, LocalDate.of(2025, 1, 6), null, null, null));
        ValidationException e = assertThrows(ValidationException.class, () -> people.recordTransition(admin, jan,
                new PathChange(SHORT_JOBS, LocalDate.of(2025, 2, 3), null, null, null)));
        assertEquals("plannedEnd", e.errors().get(0).field());
    }

    /** Every label the model names is in the plugin's bundle in French, Dutch and English. */
    @Test
    void labelsInFrenchDutchAndEnglish() {
        BelgianPathModel model = new BelgianPathModel();
        List<String> keys = new ArrayList<>();
        model.statuses().forEach(s -> keys.add(s.labelKey()));
        model.contractKinds().forEach(k -> keys.add(k.labelKey()));
        model.exitReasons().forEach(r -> keys.add(r.labelKey()));
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Locale locale : List.of(Locale.FRENCH, new Locale("nl"), Locale.ROOT)) {
            ResourceBundle bundle = ResourceBundle.getBundle("coop.essaim.countrybe.messages", locale,
                    BelgianPathModel.class.getClassLoader(), exact);
            for (String key : keys) {
                assertTrue(bundle.containsKey(key), key + " in " + locale);
            }
        }
        assertEquals("Contrat court à la prestation (un jour, une semaine, un mois)", ResourceBundle.getBundle(
                "coop.essaim.countrybe.messages", Locale.FRENCH, BelgianPathModel.class.getClassLoader(), exact)
                .getString("be.path.contract.short-job"));
        assertEquals("Werknemer met korte contracten", ResourceBundle.getBundle("coop.essaim.countrybe.messages",
                new Locale("nl"), BelgianPathModel.class.getClassLoader(), exact).getString("be.path.status.short-jobs"));
    }

    private static PathChange job(LocalDate start, LocalDate end, String what) {
        return new PathChange(SHORT_JOBS, start, end, null, what);
    }
}
