package coop.essaim.governance.internal.demo;

import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.MovementKind;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo register: twelve associates, instalments still due, one leaving with what they paid owed back. */
class GovernanceDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    @Test
    void twelveAssociatesSomePayingByInstalmentsOneLeaving() {
        var g = fixture.on(LocalDate.of(2026, 11, 2));
        List<Holding> holdings = g.register().holdings(fixture.admin());
        assertEquals(12, holdings.size());
        assertEquals(11, holdings.stream().filter(h -> h.shares() >= 91).count(), "each subscribed the minimum");
        Holding leaving = holdings.stream().filter(h -> h.name().equals(GovernanceDemo.LEAVING)).findFirst()
                .orElseThrow();
        assertEquals(0, leaving.shares());
        assertEquals(GovernanceFixture.eur("600.00"), leaving.refundOwed());
        assertTrue(leaving.due().isZero());
        assertEquals(1, holdings.stream().filter(h -> h.due().isPositive()).count(), "one still paying");
        assertTrue(holdings.stream().anyMatch(h -> h.name().equals(GovernanceDemo.FOUNDATION)));
        var lines = g.register().movements(fixture.admin());
        long byInstalments = lines.stream().filter(m -> m.kind() == MovementKind.SUBSCRIPTION)
                .filter(m -> lines.stream().filter(p -> p.kind() == MovementKind.PAYMENT
                        && Long.valueOf(m.id()).equals(p.subscriptionId())).count() > 1).count();
        assertEquals(3, byInstalments);
        assertEquals(GovernanceFixture.eur("620.00"), holdings.stream().filter(h -> h.due().isPositive())
                .findFirst().orElseThrow().due());
    }

    @Test
    void aCandidacyAtEachStep() {
        var g = fixture.on(LocalDate.of(2026, 11, 2));
        var stages = g.candidacies().all(fixture.admin()).stream().map(c -> c.stage()).toList();
        for (var stage : coop.essaim.governance.api.CandidacyStage.values()) {
            assertTrue(stages.contains(stage), stage + " in " + stages);
        }
        var accepted = g.candidacies().all(fixture.admin()).stream()
                .filter(c -> c.stage() == coop.essaim.governance.api.CandidacyStage.ACCEPTED).findFirst().orElseThrow();
        assertEquals("associate", essaim.service(coop.essaim.api.people.People.class).find(fixture.admin(),
                accepted.personId()).orElseThrow().statusCode());
    }

    @Test
    void theAssemblyOfJuneHeldAndVotedTheNextOneWithItsAgendaNotConvened() {
        var g = fixture.on(LocalDate.of(2026, 11, 2));
        var assemblies = g.assemblies().all(fixture.admin());
        var june = assemblies.stream().filter(a -> a.heldOn().equals(AssembliesDemo.HELD_ON)).findFirst()
                .orElseThrow();
        assertEquals(coop.essaim.governance.api.AssemblyKind.ORDINARY, june.kind());
        var quorum = g.assemblies().quorum(fixture.admin(), june.id());
        assertEquals(12, quorum.called());
        assertEquals(6, quorum.present());
        assertEquals(3, quorum.represented());
        assertTrue(quorum.reached());
        var resolutions = g.assemblies().resolutions(fixture.admin(), june.id());
        assertEquals(List.of(AssembliesDemo.ACCOUNTS, AssembliesDemo.SPLIT, AssembliesDemo.STATUTES),
                resolutions.stream().map(r -> r.text()).toList());
        assertTrue(resolutions.stream().allMatch(r -> r.state() == coop.essaim.governance.api.ResolutionState.CLOSED));
        assertTrue(resolutions.stream().allMatch(r -> r.adopted()));
        var statutes = resolutions.get(2);
        assertTrue(statutes.secret());
        assertEquals(coop.essaim.governance.api.Majority.TWO_THIRDS, statutes.majority());
        assertEquals(List.of(6, 2, 1), List.of(statutes.votesFor(), statutes.against(), statutes.abstentions()));
        assertTrue(g.assemblies().roll(fixture.admin(), statutes.id()).stream().allMatch(v -> v.choice() == null),
                "a secret ballot keeps who voted, not what");
        assertEquals(List.of(8, 0, 1), List.of(resolutions.get(0).votesFor(), resolutions.get(0).against(),
                resolutions.get(0).abstentions()));
        assertEquals(List.of(7, 2, 0), List.of(resolutions.get(1).votesFor(), resolutions.get(1).against(),
                resolutions.get(1).abstentions()));
        assertTrue(g.convocations().last(fixture.admin(), june.id()).isEmpty(), "the demo mails no one");

        var next = assemblies.stream().filter(a -> a.heldOn().equals(AssembliesDemo.NEXT_ON)).findFirst()
                .orElseThrow();
        assertTrue(next.agenda().contains("Approbation des comptes de l’exercice 2026"));
        assertEquals(2, g.assemblies().resolutions(fixture.admin(), next.id()).size());
        assertTrue(g.convocations().last(fixture.admin(), next.id()).isEmpty(), "not yet convened");
        assertEquals(2, assemblies.size());
    }
}
