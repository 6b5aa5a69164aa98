package coop.essaim.governance;

import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Mandate;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Quorum;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.assembly.BallotCountEntity;
import coop.essaim.governance.internal.assembly.VoterEntity;
import coop.essaim.testkit.EssaimTestKit;
import jakarta.persistence.metamodel.Attribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies and mandates, assemblies with their quorum and proxies, one vote per person whatever the shares, and a
 * secret ballot that nothing links to its voters. Each test holds its assembly in its own year before the demo's
 * register (2025), so the associates it calls are the ones it makes.
 */
class AssembliesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    /** {@code count} associates who subscribe on {@code day}, the first with {@code bigShares} shares, others 1. */
    private List<Person> associates(Governance g, LocalDate day, int count, int bigShares) {
        fixture.rule(day, "20.00", "20.00");
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person p = fixture.person(PersonKind.EXTERNAL_ASSOCIATE, "Associé" + i, "Année" + day.getYear());
            g.register().subscribe(fixture.admin(), p.id(), i == 0 ? bigShares : 1, day, true);
            list.add(p);
        }
        return list;
    }

    private static String field(ValidationException e) {
        return e.errors().get(0).field();
    }

    @Test
    void theMembersOfABodyOnADayAreThoseWhoseMandateCoversIt() {
        LocalDate day = LocalDate.of(2016, 3, 1);
        Governance g = fixture.on(day);
        Body board = g.bodies().create(fixture.admin(), BodyKind.BOARD, "Conseil d'administration");
        Person ana = fixture.person(PersonKind.MEMBER, "Ana", "Conseil");
        Person ben = fixture.person(PersonKind.MEMBER, "Ben", "Conseil");
        Mandate president = g.bodies().appoint(fixture.admin(), board.id(), ana.id(), "présidente", day, null);
        g.bodies().appoint(fixture.admin(), board.id(), ben.id(), "administrateur", day.minusYears(3),
                day.minusDays(1));
        assertEquals(List.of(president), g.bodies().membersOn(fixture.admin(), board.id(), day));
        assertEquals(List.of(ben.id()), g.bodies().membersOn(fixture.admin(), board.id(), day.minusDays(1)).stream()
                .map(Mandate::personId).toList(), "the day before, Ben's mandate ran and Ana's had not begun");
        assertEquals("to", field(assertThrows(ValidationException.class, () -> g.bodies().appoint(fixture.admin(),
                board.id(), ben.id(), "trésorier", day, day.minusDays(1)))));
        assertEquals(2, g.bodies().mandates(fixture.admin(), board.id()).size(), "a refused mandate changes nothing");
        g.bodies().end(fixture.admin(), president.id(), day.plusYears(3));
        assertEquals(List.of(), g.bodies().membersOn(fixture.admin(), board.id(), day.plusYears(3).plusDays(1)));
        assertThrows(AccessDeniedException.class, () -> g.bodies().create(fixture.jeanne(), BodyKind.COMMISSION,
                "Commission formation"));
    }

    @Test
    void theQuorumCountsPresentAndRepresentedAssociatesAndEachHolderHasAtMostTwoProxies() {
        LocalDate day = LocalDate.of(2011, 6, 15);
        Governance g = fixture.on(day);
        List<Person> a = associates(g, day, 12, 40);
        Person partner = fixture.partner("Paul", "Banque", "Crédit coopératif");
        Assembly ago = g.assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, day, "Salle des fêtes",
                "Comptes de l'exercice\nAffectation du résultat");
        assertEquals(12, g.assemblies().attendance(fixture.admin(), ago.id()).size(), "the register calls 12");
        assertFalse(g.assemblies().quorum(fixture.admin(), ago.id()).reached());

        g.assemblies().attend(fixture.admin(), ago.id(), a.get(0).id(), Presence.PRESENT, null);
        g.assemblies().attend(fixture.admin(), ago.id(), a.get(1).id(), Presence.REPRESENTED, a.get(0).id());
        Quorum two = g.assemblies().quorum(fixture.admin(), ago.id());
        assertEquals(1, two.present());
        assertEquals(1, two.represented());
        assertEquals(25, two.percentNeeded());
        assertFalse(two.reached(), "2 of 12 is under 25%");
        g.assemblies().attend(fixture.admin(), ago.id(), a.get(2).id(), Presence.REPRESENTED, a.get(0).id());
        assertTrue(g.assemblies().quorum(fixture.admin(), ago.id()).reached(), "3 of 12 is 25%");

        ValidationException third = assertThrows(ValidationException.class, () -> g.assemblies().attend(
                fixture.admin(), ago.id(), a.get(3).id(), Presence.REPRESENTED, a.get(0).id()));
        assertEquals("proxyHolderId", field(third));
        assertTrue(third.errors().get(0).message().contains("2"), third.errors().get(0).message());
        assertEquals(Presence.ABSENT, g.assemblies().attendance(fixture.admin(), ago.id()).get(3).presence(),
                "a refused proxy changes nothing");
        assertEquals("proxyHolderId", field(assertThrows(ValidationException.class, () -> g.assemblies().attend(
                fixture.admin(), ago.id(), a.get(3).id(), Presence.REPRESENTED, a.get(4).id()))),
                "the holder must be present");
        assertEquals("presence", field(assertThrows(ValidationException.class, () -> g.assemblies().attend(
                fixture.admin(), ago.id(), a.get(0).id(), Presence.ABSENT, null))), "a holder cannot leave");
        assertEquals("personId", field(assertThrows(ValidationException.class, () -> g.assemblies().attend(
                fixture.admin(), ago.id(), partner.id(), Presence.PRESENT, null))), "a partner is not called");

        Assembly age = g.assemblies().create(fixture.admin(), AssemblyKind.EXTRAORDINARY, day, "Salle des fêtes",
                "Modification des statuts");
        for (int i = 0; i < 5; i++) {
            g.assemblies().attend(fixture.admin(), age.id(), a.get(i).id(), Presence.PRESENT, null);
        }
        assertFalse(g.assemblies().quorum(fixture.admin(), age.id()).reached(), "5 of 12 is under 50%");
        g.assemblies().attend(fixture.admin(), age.id(), a.get(5).id(), Presence.REPRESENTED, a.get(4).id());
        assertTrue(g.assemblies().quorum(fixture.admin(), age.id()).reached(), "6 of 12 is 50%");
    }

    @Test
    void eachPersonHasOneVoteWhateverTheSharesTheyHoldAndAProxyHolderCastsTheRepresentedVote() {
        LocalDate day = LocalDate.of(2012, 6, 15);
        Governance g = fixture.on(day);
        List<Person> a = associates(g, day, 4, 500);
        Assembly ago = g.assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, day, "Siège", "Comptes");
        g.assemblies().attend(fixture.admin(), ago.id(), a.get(0).id(), Presence.PRESENT, null);
        g.assemblies().attend(fixture.admin(), ago.id(), a.get(1).id(), Presence.PRESENT, null);
        g.assemblies().attend(fixture.admin(), ago.id(), a.get(2).id(), Presence.PRESENT, null);
        g.assemblies().attend(fixture.admin(), ago.id(), a.get(3).id(), Presence.REPRESENTED, a.get(2).id());
        Resolution r = g.assemblies().addResolution(fixture.admin(), ago.id(), "Approbation des comptes",
                Majority.SIMPLE, false);
        assertEquals("state", field(assertThrows(ValidationException.class, () -> g.assemblies().recordVote(
                fixture.admin(), r.id(), a.get(0).id(), Choice.FOR))), "not open yet");
        g.assemblies().open(fixture.admin(), r.id());
        g.assemblies().recordVote(fixture.admin(), r.id(), a.get(0).id(), Choice.FOR);
        assertEquals("personId", field(assertThrows(ValidationException.class, () -> g.assemblies().recordVote(
                fixture.admin(), r.id(), a.get(0).id(), Choice.FOR))), "500 shares are still one vote");
        g.assemblies().recordVote(fixture.admin(), r.id(), a.get(1).id(), Choice.AGAINST);
        g.assemblies().recordVote(fixture.admin(), r.id(), a.get(2).id(), Choice.AGAINST);
        g.assemblies().recordVote(fixture.admin(), r.id(), a.get(3).id(), Choice.ABSTAIN);
        Resolution closed = g.assemblies().close(fixture.admin(), r.id());
        assertEquals(1, closed.votesFor());
        assertEquals(2, closed.against());
        assertEquals(1, closed.abstentions());
        assertFalse(closed.adopted(), "500 shares for weigh as much as 1 share against");
        assertEquals("state", field(assertThrows(ValidationException.class, () -> g.assemblies().recordVote(
                fixture.admin(), r.id(), a.get(1).id(), Choice.FOR))), "closed");

        Resolution twoThirds = g.assemblies().addResolution(fixture.admin(), ago.id(), "Statuts", Majority.TWO_THIRDS,
                false);
        g.assemblies().open(fixture.admin(), twoThirds.id());
        g.assemblies().recordVote(fixture.admin(), twoThirds.id(), a.get(0).id(), Choice.FOR);
        g.assemblies().recordVote(fixture.admin(), twoThirds.id(), a.get(1).id(), Choice.FOR);
        g.assemblies().recordVote(fixture.admin(), twoThirds.id(), a.get(2).id(), Choice.AGAINST);
        assertTrue(g.assemblies().close(fixture.admin(), twoThirds.id()).adopted(), "2 of 3 is two thirds");
    }

    @Test
    void aSecretBallotRecordsWhoVotedAndTheCountsButNothingLinksABallotToItsVoter() {
        LocalDate day = LocalDate.of(2013, 6, 15);
        Governance g = fixture.on(day);
        List<Person> a = associates(g, day, 3, 10);
        Assembly ago = g.assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, day, "Siège", "Élection");
        a.forEach(p -> g.assemblies().attend(fixture.admin(), ago.id(), p.id(), Presence.PRESENT, null));
        Resolution r = g.assemblies().addResolution(fixture.admin(), ago.id(), "Élection au conseil",
                Majority.SIMPLE, true);
        g.assemblies().open(fixture.admin(), r.id());
        g.assemblies().recordVote(fixture.admin(), r.id(), a.get(0).id(), Choice.FOR);
        g.assemblies().recordVote(fixture.admin(), r.id(), a.get(1).id(), Choice.AGAINST);
        g.assemblies().recordVote(fixture.admin(), r.id(), a.get(2).id(), Choice.FOR);
        Resolution closed = g.assemblies().close(fixture.admin(), r.id());
        assertEquals(2, closed.votesFor());
        assertEquals(1, closed.against());
        assertTrue(closed.adopted());
        assertEquals(a.stream().map(Person::id).sorted().toList(), g.assemblies().voters(fixture.admin(), r.id()));

        ModuleStore store = essaim.modules().context("governance").orElseThrow().store().orElseThrow();
        List<VoterEntity> voters = store.read(em -> em.createQuery("select v from GovernanceVoter v"
                + " where v.resolutionId = :r", VoterEntity.class).setParameter("r", r.id()).getResultList());
        assertEquals(3, voters.size());
        for (Person p : a) {
            assertTrue(g.assemblies().ownChoice(fixture.admin(), r.id(), p.id()).isEmpty(), "no choice by voter");
        }
        Set<String> countColumns = store.read(em -> em.getMetamodel().entity(BallotCountEntity.class)
                .getAttributes().stream().map(Attribute::getName).collect(Collectors.toSet()));
        assertEquals(Set.of("id", "resolutionId", "choice", "votes"), countColumns,
                "the counts have no voter, no time and no order of casting");
        List<BallotCountEntity> counts = store.read(em -> em.createQuery("select b from GovernanceBallotCount b"
                + " where b.resolutionId = :r", BallotCountEntity.class).setParameter("r", r.id()).getResultList());
        assertEquals(3, counts.size(), "one row per choice, made at opening, whatever the number of voters");
    }

    @Test
    void anAssociateVotesOnlineForThemselvesAndForWhomTheyRepresentButNeverForAnyoneElse() {
        LocalDate day = LocalDate.of(2014, 6, 15);
        Governance g = fixture.on(day);
        List<Person> a = associates(g, day, 3, 1);
        Person jeanne = g.register().ownPerson(fixture.jeanne()).orElseThrow();
        g.register().subscribe(fixture.admin(), jeanne.id(), 1, day, true);
        Assembly ago = g.assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, day, "En ligne", "Comptes");
        // the demo's assemblies after that day call her too, being an associate since
        assertEquals(List.of(ago), g.assemblies().mine(fixture.jeanne()).stream()
                .filter(x -> !x.heldOn().isAfter(day)).toList());
        assertThrows(AccessDeniedException.class, () -> g.assemblies().all(fixture.jeanne()));
        assertThrows(AccessDeniedException.class, () -> g.assemblies().attend(fixture.jeanne(), ago.id(),
                jeanne.id(), Presence.PRESENT, null));
        g.assemblies().attend(fixture.admin(), ago.id(), jeanne.id(), Presence.PRESENT, null);
        g.assemblies().attend(fixture.admin(), ago.id(), a.get(0).id(), Presence.REPRESENTED, jeanne.id());
        Resolution r = g.assemblies().addResolution(fixture.admin(), ago.id(), "Comptes", Majority.SIMPLE, false);
        g.assemblies().open(fixture.admin(), r.id());
        g.assemblies().voteOnline(fixture.jeanne(), r.id(), null, Choice.FOR);
        g.assemblies().voteOnline(fixture.jeanne(), r.id(), a.get(0).id(), Choice.AGAINST);
        assertEquals("personId", field(assertThrows(ValidationException.class, () -> g.assemblies().voteOnline(
                fixture.jeanne(), r.id(), a.get(1).id(), Choice.FOR))), "not her proxy");
        assertEquals("personId", field(assertThrows(ValidationException.class, () -> g.assemblies().voteOnline(
                fixture.jeanne(), r.id(), null, Choice.AGAINST))), "once");
        Resolution now = g.assemblies().resolution(fixture.jeanne(), r.id());
        assertEquals(1, now.votesFor());
        assertEquals(1, now.against());
        assertEquals(Choice.FOR, g.assemblies().ownChoice(fixture.jeanne(), r.id(), jeanne.id()).orElseThrow());
    }
}
