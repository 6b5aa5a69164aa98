package coop.essaim.kernel.people;

import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.AdviserReach;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.problem.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static coop.essaim.kernel.people.NeutralPathModel.RECEPTION;
import static coop.essaim.kernel.people.PeopleFixture.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An adviser's portfolio (the people whose referent they are, and those nobody follows yet) under each
 * {@link AdviserReach}, and the board member's reading of the activities without the people's files.
 */
class AdviserPortfolioTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    static final LocalDate START = LocalDate.of(2025, 9, 1);

    UserContext claire;
    UserContext marc;
    long mine;
    long hers;
    long newcomer;
    Activity myActivity;
    Activity herActivity;

    @BeforeEach
    void twoAdvisersTwoPortfolios() {
        marc = p.f.user(p.admin, "marc", CoreRoles.ADVISER);
        claire = p.f.user(p.admin, "claire", CoreRoles.ADVISER);
        mine = p.create("Paul", "Girard").id();
        hers = p.create("Jeanne", "Martin").id();
        newcomer = p.create("Inès", "Roux").id();
        p.people.changeReferent(p.admin, mine, marc.userId(), START, "Début de l'accompagnement");
        p.people.changeReferent(p.admin, hers, claire.userId(), START, "Début de l'accompagnement");
        myActivity = activity("BOIS", mine);
        herActivity = activity("COUTURE", hers);
    }

    @Test
    void byDefaultAnAdviserManagesTheirPortfolioAndOnlyReadsTheOthers() {
        assertEquals(AdviserReach.PORTFOLIO_READ_OTHERS.name(),
                p.f.core.settings().value(p.admin.cooperativeId(), AdviserReach.SETTING).orElseThrow());

        p.people.recordTransition(marc, mine, step(RECEPTION, START));
        p.people.addNote(marc, mine, "Veut ouvrir un atelier.");
        p.people.recordTransition(marc, newcomer, step(RECEPTION, START));
        p.activities.close(marc, myActivity.id(), START.plusMonths(2));

        assertTrue(p.people.find(marc, hers).isPresent());
        assertEquals(3, p.people.list(marc, PersonQuery.all(0, 50)).total());
        assertTrue(p.activities.find(marc, herActivity.id()).isPresent());
        denied(() -> p.people.recordTransition(marc, hers, step(RECEPTION, START)));
        denied(() -> p.people.update(marc, hers, p.member("Jeanne", "Changée")));
        denied(() -> p.people.changeReferent(marc, hers, marc.userId(), START, "je la prends"));
        denied(() -> p.people.notes(marc, hers));
        denied(() -> p.people.addNote(marc, hers, "Note"));
        denied(() -> p.activities.close(marc, herActivity.id(), START.plusMonths(2)));
        denied(() -> p.activities.addMember(marc, herActivity.id(), mine, START.plusMonths(1)));
        denied(() -> activityAs(marc, "DUO", hers));
        assertEquals("Martin", p.people.find(p.admin, hers).orElseThrow().details().familyName());
        assertTrue(p.people.path(p.admin, hers).orElseThrow().latest().isEmpty());
        assertEquals(2, p.activities.list(p.admin, null, null).size());
    }

    @Test
    void withPortfolioOnlyTheOthersFilesAndActivitiesDoNotExistForTheAdviser() {
        p.f.core.settings().change(p.admin, AdviserReach.SETTING, AdviserReach.PORTFOLIO.name());

        assertEquals(List.of("Paul Girard", "Inès Roux"), names(p.people.list(marc, PersonQuery.all(0, 50)).items()));
        assertEquals(2, p.people.list(marc, PersonQuery.all(0, 50)).total());
        assertTrue(p.people.find(marc, hers).isEmpty());
        assertTrue(p.people.path(marc, hers).isEmpty());
        assertTrue(p.activities.find(marc, herActivity.id()).isEmpty());
        assertEquals(List.of(myActivity.id()), p.activities.list(marc, null, null).stream().map(Activity::id).toList());
        assertTrue(p.activities.find(marc, myActivity.id()).isPresent());

        // the referent hands Jeanne over: she leaves claire's portfolio for marc's
        p.people.changeReferent(claire, hers, marc.userId(), START.plusMonths(3), "Changement de site");
        assertTrue(p.people.find(marc, hers).isPresent());
        assertTrue(p.people.find(claire, hers).isEmpty());
        assertEquals(List.of(herActivity.id(), myActivity.id()).stream().sorted().toList(),
                p.activities.list(marc, null, null).stream().map(Activity::id).sorted().toList());
    }

    @Test
    void withAllEveryAdviserManagesEveryoneAndTheAdministratorIsNeverHeld() {
        p.f.core.settings().change(p.admin, AdviserReach.SETTING, AdviserReach.ALL.name());
        p.people.recordTransition(marc, hers, step(RECEPTION, START));
        p.people.addNote(marc, hers, "Vue en réunion d'information.");

        p.f.core.settings().change(p.admin, AdviserReach.SETTING, AdviserReach.PORTFOLIO.name());
        UserContext both = p.f.user(p.admin, "sophie", CoreRoles.ADVISER, CoreRoles.ADMINISTRATOR);
        p.activities.close(both, herActivity.id(), START.plusMonths(2));
        assertEquals(3, p.people.list(both, PersonQuery.all(0, 50)).total());
        // an adviser who also keeps the books reads everyone, but still manages only their portfolio
        UserContext books = p.f.user(p.admin, "lucie", CoreRoles.ADVISER, CoreRoles.ACCOUNTANT);
        assertTrue(p.people.find(books, hers).isPresent());
        denied(() -> p.people.recordTransition(books, mine, step(RECEPTION, START)));
    }

    @Test
    void anUnknownReachIsRefusedNamingTheSetting() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> p.f.core.settings().change(p.admin, AdviserReach.SETTING, "EVERYONE"));
        assertEquals(List.of(AdviserReach.SETTING), e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals(AdviserReach.PORTFOLIO_READ_OTHERS.name(),
                p.f.core.settings().value(p.admin.cooperativeId(), AdviserReach.SETTING).orElseThrow());
    }

    @Test
    void aBoardMemberReadsEveryActivityAndTheLedgerButNoPersonalFile() {
        UserContext board = p.f.user(p.admin, "elise", CoreRoles.ENTREPRENEUR, CoreRoles.BOARD_MEMBER);
        assertEquals(2, p.activities.list(board, null, null).size());
        assertTrue(p.activities.find(board, herActivity.id()).isPresent());
        assertTrue(p.people.find(board, hers).isEmpty());
        assertEquals(0, p.people.list(board, PersonQuery.all(0, 50)).total());
        denied(() -> p.activities.close(board, herActivity.id(), START.plusMonths(2)));
        assertTrue(board.can(coop.essaim.api.ledger.LedgerPermissions.READ));
        assertTrue(p.f.core.ledger().entries(board, EntryQuery.all(board.cooperativeId())).isEmpty());
        assertTrue(p.f.core.ledger().verifyChain(board, board.cooperativeId()).intact());
    }

    private Activity activity(String code, long member) {
        return activityAs(p.admin, code, member);
    }

    private Activity activityAs(UserContext actor, String code, long member) {
        return p.activities.create(actor, new ActivityDetails("Activity " + code, null, "artisanat", START, code,
                List.of(member)));
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(Person::displayName).toList();
    }

    private static void denied(org.junit.jupiter.api.function.Executable call) {
        assertThrows(AccessDeniedException.class, call);
    }
}
