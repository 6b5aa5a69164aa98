package coop.essaim.governance;

import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.governance.api.Candidacy;
import coop.essaim.governance.api.CandidacyStage;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Becoming associate: the dated rule picks the path, each step is decided, the path records the associate step. */
class CandidaciesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    /** A member salaried (CESA) since {@code salariedOn}, after a reception and a support agreement. */
    private Person salaried(String given, LocalDate salariedOn) {
        Person p = fixture.person(PersonKind.MEMBER, given, "Candidat");
        LocalDate start = salariedOn.minusMonths(8);
        fixture.people().recordTransition(fixture.admin(), p.id(), new PathChange("reception", start, null, null,
                null));
        fixture.people().recordTransition(fixture.admin(), p.id(), new PathChange("support-agreement",
                start.plusMonths(1), start.plusMonths(7), null, null));
        fixture.people().recordTransition(fixture.admin(), p.id(), new PathChange("salaried", salariedOn, null, null,
                null));
        return p;
    }

    @Test
    void salariedUnderTwoYearsTheBoardReviewsThenTheAssemblyAcceptsAndThePathRecordsTheAssociateStep() {
        LocalDate today = LocalDate.now();
        Governance g = fixture.on(today);
        Person amel = salaried("Amel", today.minusMonths(10));
        assertNotEquals(DeadlineFlag.NONE, fixture.people().find(fixture.admin(), amel.id()).orElseThrow()
                .deadline().flag(), "a salaried member has an associate deadline");
        Candidacy c = g.candidacies().apply(fixture.admin(), amel.id(), "Je souhaite devenir associée.", today);
        assertTrue(c.boardFirst());
        assertEquals(CandidacyStage.BOARD_REVIEW, c.stage());
        assertEquals("id", assertThrows(ValidationException.class, () -> g.candidacies().assemblyDecision(
                fixture.admin(), c.id(), true, "Trop tôt", today)).errors().get(0).field(), "the board comes first");
        assertEquals("personId", assertThrows(ValidationException.class, () -> g.candidacies().apply(
                fixture.admin(), amel.id(), "Encore", today)).errors().get(0).field(), "one candidacy at a time");

        Candidacy reviewed = g.candidacies().boardDecision(fixture.admin(), c.id(), true, "Avis favorable", today);
        assertEquals(CandidacyStage.ASSEMBLY_VOTE, reviewed.stage());
        assertEquals(today, reviewed.boardDecidedOn());
        Candidacy accepted = g.candidacies().assemblyDecision(fixture.admin(), c.id(), true, "Adoptée à l'unanimité",
                today);
        assertEquals(CandidacyStage.ACCEPTED, accepted.stage());
        Person now = fixture.people().find(fixture.admin(), amel.id()).orElseThrow();
        assertEquals("associate", now.statusCode());
        assertEquals(DeadlineFlag.NONE, now.deadline().flag(), "the associate deadline is cleared");
        assertEquals("personId", assertThrows(ValidationException.class, () -> g.candidacies().apply(
                fixture.admin(), amel.id(), "Encore", today)).errors().get(0).field(), "already associate");
    }

    @Test
    void aDatedRuleSendsSeniorCandidatesToTheAssemblyDirectlyAndARefusalEndsTheCandidacy() {
        LocalDate today = LocalDate.now();
        Governance g = fixture.on(today);
        g.candidacies().addRule(fixture.admin(), today.minusDays(1), 12);
        Person bruno = salaried("Bruno", today.minusMonths(14));
        Candidacy c = g.candidacies().apply(fixture.admin(), bruno.id(), "Candidature", today);
        assertEquals(CandidacyStage.ASSEMBLY_VOTE, c.stage(), "over the rule's twelve months: the assembly directly");
        assertEquals("reasons", assertThrows(ValidationException.class, () -> g.candidacies().assemblyDecision(
                fixture.admin(), c.id(), false, " ", today)).errors().get(0).field());
        Candidacy refused = g.candidacies().assemblyDecision(fixture.admin(), c.id(), false, "Projet à mûrir", today);
        assertEquals(CandidacyStage.REJECTED, refused.stage());
        assertEquals("salaried", fixture.people().find(fixture.admin(), bruno.id()).orElseThrow().statusCode());
        assertEquals(12, g.candidacies().boardBelowMonths(fixture.admin(), today));
        assertEquals(24, g.candidacies().boardBelowMonths(fixture.admin(), today.minusDays(2)), "before: the default");
    }

    @Test
    void jeanneAppliesForHerselfOnlyAndNeverDecides() {
        LocalDate today = LocalDate.now();
        Governance g = fixture.on(today);
        Person other = fixture.person(PersonKind.MEMBER, "Autre", "Personne");
        assertEquals("personId", assertThrows(ValidationException.class, () -> g.candidacies().apply(
                fixture.jeanne(), other.id(), "Pour elle", today)).errors().get(0).field());
        assertEquals("letter", assertThrows(ValidationException.class, () -> g.candidacies().apply(
                fixture.jeanne(), g.register().ownPerson(fixture.jeanne()).orElseThrow().id(), "", today))
                .errors().get(0).field());
        assertThrows(AccessDeniedException.class, () -> g.candidacies().all(fixture.jeanne()));
        assertThrows(AccessDeniedException.class, () -> g.candidacies().boardDecision(fixture.jeanne(), 1, true,
                "Moi", today));
    }
}
