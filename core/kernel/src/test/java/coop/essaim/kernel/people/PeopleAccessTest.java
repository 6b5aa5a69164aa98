package coop.essaim.kernel.people;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;

import static coop.essaim.kernel.people.NeutralPathModel.RECEPTION;
import static coop.essaim.kernel.people.PeopleFixture.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who reaches which file and activity, tried from every side, on the services (the server side). */
class PeopleAccessTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    static final LocalDate START = LocalDate.of(2025, 9, 1);

    Activity activityOf(String code, long... members) {
        return p.activities.create(p.admin, new ActivityDetails("Activity " + code, null, "couture", START, code,
                java.util.Arrays.stream(members).boxed().toList()));
    }

    @Test
    void anEntrepreneurSeesOnlyTheirOwnFileAndActivitiesWhateverTheirRoleIsGranted() {
        UserContext jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        long own = p.personOf(jeanne);
        long paul = p.create("Paul", "Girard").id();
        Activity mine = activityOf("COUTURE", own);
        Activity his = activityOf("BOIS", paul);
        // even an administrator's mistaken grant does not widen what an entrepreneur reaches
        for (String code : List.of(CorePermissions.PEOPLE_READ, CorePermissions.PEOPLE_MANAGE,
                CorePermissions.PEOPLE_NOTES, CorePermissions.ACTIVITIES_READ, CorePermissions.ACTIVITIES_MANAGE)) {
            p.f.core.permissions().decide(p.admin, CoreRoles.ENTREPRENEUR, code, true);
        }
        UserContext granted = p.f.core.users().contextOf(jeanne.userId());
        assertTrue(granted.can(CorePermissions.PEOPLE_READ));

        for (UserContext j : List.of(jeanne, granted)) {
            assertTrue(p.people.find(j, own).isPresent());
            assertTrue(p.people.path(j, own).isPresent());
            assertTrue(p.people.find(j, paul).isEmpty());
            assertTrue(p.people.path(j, paul).isEmpty());
            assertTrue(p.people.referents(j, paul).isEmpty());
            assertEquals(List.of(own), p.people.list(j, PersonQuery.all(0, 50)).items().stream().map(Person::id).toList());
            assertTrue(p.activities.find(j, mine.id()).isPresent());
            assertTrue(p.activities.find(j, his.id()).isEmpty());
            assertEquals(List.of(mine.id()), p.activities.list(j, null, null).stream().map(Activity::id).toList());
            assertTrue(p.activities.list(j, paul, null).isEmpty());
        }
        assertDenied(() -> p.people.update(granted, paul, p.member("Paul", "Changed")));
        assertDenied(() -> p.people.recordTransition(granted, paul, step(RECEPTION, START)));
        assertDenied(() -> p.people.changeReferent(granted, paul, null, START, "why not"));
        assertDenied(() -> p.people.notes(granted, own));
        assertDenied(() -> p.people.addNote(granted, own, "about me"));
        assertDenied(() -> p.people.create(granted, p.member("New", "Person")));
        assertDenied(() -> p.activities.addMember(granted, his.id(), own, START));
        assertDenied(() -> p.activities.close(granted, his.id(), START));
        assertDenied(() -> p.activities.create(granted, new ActivityDetails("Mine", null, "x", START, "MINE",
                List.of(own))));
        assertDenied(() -> p.people.recordTransition(jeanne, own, step(RECEPTION, START)));
        assertEquals("Paul", p.people.find(p.admin, paul).orElseThrow().details().givenName());
        assertEquals(java.util.Set.of(mine.id()), p.activities.activityIdsOf(jeanne));
        assertEquals(java.util.Set.of(), p.activities.activityIdsOf(p.admin));
    }

    @Test
    void anotherCooperativeReachesNothingOfThisOne() {
        long jeanne = p.create("Jeanne", "Martin").id();
        Activity a = activityOf("COUTURE", jeanne);
        UserContext other = p.f.otherCooperative();

        assertTrue(p.people.find(other, jeanne).isEmpty());
        assertTrue(p.people.path(other, jeanne).isEmpty());
        assertEquals(0, p.people.list(other, PersonQuery.all(0, 50)).total());
        assertTrue(p.people.establishments(other).isEmpty());
        assertTrue(p.activities.find(other, a.id()).isEmpty());
        assertTrue(p.activities.list(other, null, null).isEmpty());
        // a write names an id it cannot find: the same answer as for an id that does not exist
        assertUnknown("person", () -> p.people.update(other, jeanne, p.member("Jeanne", "Stolen")));
        assertUnknown("person", () -> p.people.recordTransition(other, jeanne, step(RECEPTION, START)));
        assertUnknown("person", () -> p.people.notes(other, jeanne));
        assertUnknown("activity", () -> p.activities.addMember(other, a.id(), jeanne, START));
        assertUnknown("activity", () -> p.activities.close(other, a.id(), START));
        // nor can it point one of its files at this cooperative's site
        var site = p.people.createEstablishment(other, new EstablishmentDetails("Brussels", Address.NONE));
        var e = assertThrows(coop.essaim.api.problem.ValidationException.class,
                () -> p.people.create(other, PeopleFixture.member("Anna", "Peeters", p.lyon.id())));
        assertEquals("establishment", e.errors().get(0).field());
        Person anna = p.people.create(other, PeopleFixture.member("Anna", "Peeters", site.id()));
        assertTrue(p.people.find(p.admin, anna.id()).isEmpty());
    }

    @Test
    void advisersManageAndKeepPrivateNotesAccountantsOnlyRead() {
        UserContext adviser = p.f.user(p.admin, "claire", CoreRoles.ADVISER);
        UserContext accountant = p.f.user(p.admin, "louis", CoreRoles.ACCOUNTANT);
        long jeanne = p.create("Jeanne", "Martin").id();

        p.people.recordTransition(adviser, jeanne, step(RECEPTION, START));
        p.people.addNote(adviser, jeanne, "Wants to open a shop in 2027.");
        assertEquals(List.of("Wants to open a shop in 2027."),
                p.people.notes(adviser, jeanne).stream().map(n -> n.text()).toList());
        assertEquals("claire", p.people.notes(adviser, jeanne).get(0).writtenBy());

        assertTrue(p.people.find(accountant, jeanne).isPresent());
        assertEquals(1, p.people.list(accountant, PersonQuery.all(0, 10)).total());
        assertDenied(() -> p.people.recordTransition(accountant, jeanne, step(NeutralPathModel.EXIT, START)));
        assertDenied(() -> p.people.notes(accountant, jeanne));
        // notes are the advisers' by default, not the administrators'
        assertDenied(() -> p.people.notes(p.admin, jeanne));
        assertFalse(p.f.core.audit().recent(p.admin, 50).stream()
                .anyMatch(a -> a.detail() != null && a.detail().contains("shop")), "a note's text stays out of the trail");
    }

    @Test
    void establishmentsBelongToTheCooperativesIdentity() {
        UserContext adviser = p.f.user(p.admin, "claire", CoreRoles.ADVISER);
        assertDenied(() -> p.people.createEstablishment(adviser, new EstablishmentDetails("Grenoble", Address.NONE)));
        assertEquals(List.of("Lyon", "Villeurbanne"),
                p.people.establishments(adviser).stream().map(e -> e.name()).toList());
    }

    static void assertUnknown(String field, Executable call) {
        var e = assertThrows(coop.essaim.api.problem.ValidationException.class, call);
        assertEquals(field, e.errors().get(0).field());
    }

    static void assertDenied(Executable call) {
        assertThrows(AccessDeniedException.class, call);
    }
}
