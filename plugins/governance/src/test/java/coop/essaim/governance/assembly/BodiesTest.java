package coop.essaim.governance.assembly;

import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.Mandate;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies renamed, mandates appointed and ended (never deleted), the refusals, and who reads what. */
class BodiesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private static final LocalDate DAY = LocalDate.of(2031, 5, 12);

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private Governance g() {
        return fixture.on(DAY);
    }

    private static String field(ValidationException e) {
        return e.errors().get(0).field();
    }

    @Test
    void aBodyIsRenamedAndKeepsItsMandates() {
        Body c = g().bodies().create(fixture.admin(), BodyKind.COMMISSION, "Commission formation");
        Person ana = fixture.person(PersonKind.MEMBER, "Ana", "Formation");
        Mandate m = g().bodies().appoint(fixture.admin(), c.id(), ana.id(), "animatrice", DAY, null);
        Body renamed = g().bodies().rename(fixture.admin(), c.id(), "  Commission formation et recherche ");
        assertEquals("Commission formation et recherche", renamed.name());
        assertEquals(BodyKind.COMMISSION, renamed.kind());
        assertEquals(renamed, g().bodies().body(fixture.admin(), c.id()));
        assertEquals(List.of(m), g().bodies().mandates(fixture.admin(), c.id()));
        assertEquals("name", field(assertThrows(ValidationException.class,
                () -> g().bodies().rename(fixture.admin(), c.id(), " "))));
        assertEquals("Commission formation et recherche", g().bodies().body(fixture.admin(), c.id()).name());
        assertEquals("bodyId", field(assertThrows(ValidationException.class,
                () -> g().bodies().rename(fixture.admin(), 999_999, "Autre"))));
    }

    @Test
    void theSameRoleTwiceOnOneDayIsRefusedAnotherRoleOrAnotherPeriodIsNot() {
        Body board = g().bodies().create(fixture.admin(), BodyKind.BOARD, "Conseil d'administration");
        Person ben = fixture.person(PersonKind.MEMBER, "Ben", "Chevauchement");
        g().bodies().appoint(fixture.admin(), board.id(), ben.id(), "administrateur", DAY, DAY.plusYears(3));
        ValidationException twice = assertThrows(ValidationException.class, () -> g().bodies().appoint(
                fixture.admin(), board.id(), ben.id(), "Administrateur", DAY.plusYears(3), null));
        assertEquals("from", field(twice), "the last day of the first is the first day of the second");
        assertTrue(twice.errors().get(0).message().contains("administrateur"), twice.errors().get(0).message());
        assertEquals("from", field(assertThrows(ValidationException.class, () -> g().bodies().appoint(
                fixture.admin(), board.id(), ben.id(), "administrateur", DAY.minusYears(1), null))),
                "an open mandate begun before covers the first one too");
        assertEquals(1, g().bodies().mandates(fixture.admin(), board.id()).size(), "refusals change nothing");

        g().bodies().appoint(fixture.admin(), board.id(), ben.id(), "trésorier", DAY, null);
        g().bodies().appoint(fixture.admin(), board.id(), ben.id(), "administrateur", DAY.plusYears(3).plusDays(1),
                null);
        g().bodies().appoint(fixture.admin(), board.id(), ben.id(), "administrateur", DAY.minusYears(3),
                DAY.minusDays(1));
        assertEquals(4, g().bodies().mandates(fixture.admin(), board.id()).size());
        assertEquals(List.of("administrateur", "trésorier"), g().bodies().membersOn(fixture.admin(), board.id(), DAY)
                .stream().map(Mandate::role).toList());
    }

    @Test
    void aMandateEndsNeverBeforeItBeganNorLaterThanItsEndAndStaysInTheHistory() {
        Body board = g().bodies().create(fixture.admin(), BodyKind.MANAGEMENT, "Gérance");
        Person cleo = fixture.person(PersonKind.MEMBER, "Cléo", "Gérante");
        assertEquals("to", field(assertThrows(ValidationException.class, () -> g().bodies().appoint(
                fixture.admin(), board.id(), cleo.id(), "gérante", DAY, DAY.minusDays(1)))));
        assertEquals("from", field(assertThrows(ValidationException.class, () -> g().bodies().appoint(
                fixture.admin(), board.id(), cleo.id(), "gérante", null, null))));
        assertEquals("role", field(assertThrows(ValidationException.class, () -> g().bodies().appoint(
                fixture.admin(), board.id(), cleo.id(), "", DAY, null))));
        Mandate m = g().bodies().appoint(fixture.admin(), board.id(), cleo.id(), "gérante", DAY, null);

        assertEquals("to", field(assertThrows(ValidationException.class,
                () -> g().bodies().end(fixture.admin(), m.id(), DAY.minusDays(1)))));
        Mandate ended = g().bodies().end(fixture.admin(), m.id(), DAY.plusMonths(6));
        assertEquals(DAY.plusMonths(6), ended.to());
        assertEquals("to", field(assertThrows(ValidationException.class,
                () -> g().bodies().end(fixture.admin(), m.id(), DAY.plusYears(1)))), "never later");
        Mandate earlier = g().bodies().end(fixture.admin(), m.id(), DAY.plusMonths(2));
        assertEquals(DAY.plusMonths(2), earlier.to(), "a resignation may come earlier");
        assertEquals(List.of(earlier), g().bodies().mandates(fixture.admin(), board.id()), "kept in the history");
        assertEquals(List.of(), g().bodies().membersOn(fixture.admin(), board.id(), DAY.plusMonths(2).plusDays(1)));
        assertEquals(List.of(earlier), g().bodies().membersOn(fixture.admin(), board.id(), DAY.plusMonths(2)));
        assertEquals("mandateId", field(assertThrows(ValidationException.class,
                () -> g().bodies().end(fixture.admin(), 999_999, DAY))));
    }

    @Test
    void aPersonOfAnotherCooperativeIsRefusedAndItsBodiesAreNotSeen() {
        UserContext admin = fixture.admin();
        UserContext elsewhere = new UserContext(admin.userId(), admin.login(), admin.displayName(),
                admin.cooperativeId() + 1000, admin.roles(), admin.permissions(), admin.locale());
        Body theirs = g().bodies().create(elsewhere, BodyKind.BOARD, "Conseil d'ailleurs");
        Person ours = fixture.person(PersonKind.MEMBER, "Dina", "Dici");
        assertEquals("personId", field(assertThrows(ValidationException.class, () -> g().bodies().appoint(
                elsewhere, theirs.id(), ours.id(), "administratrice", DAY, null))));
        assertEquals(List.of(), g().bodies().mandates(elsewhere, theirs.id()));
        assertTrue(g().bodies().all(admin).stream().noneMatch(b -> b.id() == theirs.id()));
        assertEquals("bodyId", field(assertThrows(ValidationException.class, () -> g().bodies().appoint(
                admin, theirs.id(), ours.id(), "administratrice", DAY, null))), "nor their body ours");
    }

    @Test
    void anAssociateReadsTheBodiesAndTodaysMembersOnlyAndChangesNothing() {
        Body board = g().bodies().create(fixture.admin(), BodyKind.BOARD, "Conseil pour Jeanne");
        Person eli = fixture.person(PersonKind.MEMBER, "Éli", "Lecture");
        Mandate now = g().bodies().appoint(fixture.admin(), board.id(), eli.id(), "président", DAY, null);
        g().bodies().appoint(fixture.admin(), board.id(), eli.id(), "secrétaire", DAY.minusYears(2),
                DAY.minusYears(1));
        UserContext jeanne = fixture.jeanne();
        assertTrue(g().bodies().all(jeanne).contains(board));
        assertEquals(List.of(now), g().bodies().membersOn(jeanne, board.id(), DAY));
        assertThrows(AccessDeniedException.class, () -> g().bodies().membersOn(jeanne, board.id(),
                DAY.minusYears(1)));
        assertThrows(AccessDeniedException.class, () -> g().bodies().mandates(jeanne, board.id()));
        assertThrows(AccessDeniedException.class, () -> g().bodies().create(jeanne, BodyKind.COMMISSION, "X"));
        assertThrows(AccessDeniedException.class, () -> g().bodies().rename(jeanne, board.id(), "X"));
        assertThrows(AccessDeniedException.class, () -> g().bodies().appoint(jeanne, board.id(), eli.id(), "x",
                DAY, null));
        assertThrows(AccessDeniedException.class, () -> g().bodies().end(jeanne, now.id(), DAY));
        assertThrows(AccessDeniedException.class, () -> g().bodies().all(fixture.accountant()),
                "the accountant neither keeps the bodies nor is an associate");
    }
}
