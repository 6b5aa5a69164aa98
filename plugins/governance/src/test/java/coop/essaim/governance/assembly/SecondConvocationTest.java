package coop.essaim.governance.assembly;

import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.GovernanceSettings;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An assembly whose quorum was not reached is called again: linked to the first, same kind and agenda, its
 * resolutions again in preparation, and the quorum of a second convocation (none for an ordinary assembly, 25 % for
 * an extraordinary one, unless the settings say otherwise). Each test's associates subscribe in its own early year.
 */
class SecondConvocationTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private static String field(ValidationException e) {
        return e.errors().get(0).field();
    }

    private void associates(LocalDate day, int count) {
        fixture.rule(day, "20.00", "20.00");
        for (int i = 0; i < count; i++) {
            Person p = fixture.person(PersonKind.EXTERNAL_ASSOCIATE, "Second" + i, "Année" + day.getYear());
            fixture.on(day).register().subscribe(fixture.admin(), p.id(), 1, day, true);
        }
    }

    @Test
    void anOrdinaryAssemblyWithoutQuorumIsCalledAgainAndThenNeedsNone() {
        LocalDate day = LocalDate.of(2004, 6, 10);
        associates(day.minusMonths(1), 8);
        Governance g = fixture.on(day);
        Assembly first = g.assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, day, "Salle des fêtes",
                "Approbation des comptes");
        g.assemblies().addResolution(fixture.admin(), first.id(), "Les comptes sont approuvés.", Majority.SIMPLE,
                false);
        g.assemblies().attend(fixture.admin(), first.id(), g.assemblies().attendance(fixture.admin(), first.id())
                .get(0).personId(), Presence.PRESENT, null);
        assertFalse(g.assemblies().quorum(fixture.admin(), first.id()).reached());

        assertEquals("heldOn", field(assertThrows(ValidationException.class, () -> g.secondConvocations().call(
                fixture.admin(), first.id(), day, null))), "not on the same day");
        assertThrows(AccessDeniedException.class, () -> g.secondConvocations().call(fixture.jeanne(), first.id(),
                day.plusDays(15), null));
        int before = g.assemblies().all(fixture.admin()).size();
        Assembly second = g.secondConvocations().call(fixture.admin(), first.id(), day.plusDays(15), " ");
        assertEquals(before + 1, g.assemblies().all(fixture.admin()).size());
        assertEquals(first.id(), second.firstConvocationId());
        assertEquals(AssemblyKind.ORDINARY, second.kind());
        assertEquals(first.agenda(), second.agenda());
        assertEquals("Salle des fêtes", second.place(), "blank: the same place");
        List<Resolution> again = g.assemblies().resolutions(fixture.admin(), second.id());
        assertEquals(List.of("Les comptes sont approuvés."), again.stream().map(Resolution::text).toList());
        assertEquals(ResolutionState.DRAFT, again.get(0).state());
        assertEquals(second, g.secondConvocations().of(fixture.admin(), first.id()).orElseThrow());

        assertEquals(0, g.assemblies().quorum(fixture.admin(), second.id()).percentNeeded());
        assertFalse(g.assemblies().quorum(fixture.admin(), second.id()).reached(), "no one there yet");
        g.assemblies().attend(fixture.admin(), second.id(), g.assemblies().attendance(fixture.admin(), second.id())
                .get(0).personId(), Presence.PRESENT, null);
        assertTrue(g.assemblies().quorum(fixture.admin(), second.id()).reached(), "one associate is enough");

        assertEquals("id", field(assertThrows(ValidationException.class, () -> g.secondConvocations().call(
                fixture.admin(), first.id(), day.plusDays(30), null))), "one second convocation");
        assertEquals("id", field(assertThrows(ValidationException.class, () -> g.secondConvocations().call(
                fixture.admin(), second.id(), day.plusDays(30), null))), "no third");
        assertTrue(g.assemblyDocuments().convocationText(fixture.admin(), second.id())
                .contains("Sur deuxième convocation"));
    }

    @Test
    void anAssemblyThatReachedItsQuorumIsNotCalledAgainAndTheSettingsSetTheSecondQuorum() {
        LocalDate day = LocalDate.of(2002, 3, 5);
        associates(day.minusMonths(1), 4);
        Governance g = fixture.on(day);
        Assembly held = g.assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, day, "Salle", "Comptes");
        List<Attendance> called = g.assemblies().attendance(fixture.admin(), held.id());
        for (Attendance a : called) {
            g.assemblies().attend(fixture.admin(), held.id(), a.personId(), Presence.PRESENT, null);
        }
        assertEquals("quorum", field(assertThrows(ValidationException.class, () -> g.secondConvocations().call(
                fixture.admin(), held.id(), day.plusDays(15), null))));

        Assembly statutes = g.assemblies().create(fixture.admin(), AssemblyKind.EXTRAORDINARY, day, "Salle",
                "Statuts");
        Assembly again = g.secondConvocations().call(fixture.admin(), statutes.id(), day.plusDays(15), "Mairie");
        assertEquals("Mairie", again.place());
        assertEquals(AssemblyKind.EXTRAORDINARY, again.kind());
        assertEquals(25, g.assemblies().quorum(fixture.admin(), again.id()).percentNeeded());
        CooperativeSettings settings = essaim.service(CooperativeSettings.class);
        settings.change(fixture.admin(), GovernanceSettings.QUORUM_SECOND_EXTRAORDINARY, "40");
        try {
            assertEquals(40, g.assemblies().quorum(fixture.admin(), again.id()).percentNeeded());
            assertEquals(50, g.assemblies().quorum(fixture.admin(), statutes.id()).percentNeeded(),
                    "the first convocation keeps its own");
        } finally {
            settings.reset(fixture.admin(), GovernanceSettings.QUORUM_SECOND_EXTRAORDINARY);
        }
    }
}
