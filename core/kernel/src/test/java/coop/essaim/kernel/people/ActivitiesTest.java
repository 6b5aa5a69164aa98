package coop.essaim.kernel.people;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEventListener;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.ActivityMember;
import coop.essaim.api.people.ActivityQuery;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.problem.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Activities: a brand group with several members, a person with two activities, memberships and closing. */
class ActivitiesTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    static final LocalDate START = LocalDate.of(2025, 9, 1);

    @Test
    void aBrandGroupHasSeveralMembersAndAPersonMayRunTwoActivities() {
        List<DomainEvent> heard = new CopyOnWriteArrayList<>();
        p.f.registry.add("listener", DomainEventListener.class, new DomainEventListener() {
            public Set<String> types() {
                return Set.of("core.activity.created");
            }

            public void on(DomainEvent event) {
                heard.add(event);
            }
        });
        long jeanne = p.create("Jeanne", "Martin", "couture").id();
        long lea = p.create("Léa", "Bonnet", "couture").id();

        Activity group = p.activities.create(p.admin, new ActivityDetails("Atelier des Canuts", "Les Canuts",
                "couture", START, "canuts-01", List.of(jeanne, lea)));
        Activity own = p.activities.create(p.admin, new ActivityDetails("Retouches Jeanne", null, "couture",
                START.plusMonths(2), "JM-RETOUCHE", List.of(jeanne)));

        assertEquals("CANUTS-01", group.analyticCode());
        assertEquals(List.of(jeanne, lea), group.memberIds());
        assertEquals(ActivityStatus.ACTIVE, group.status());
        assertEquals(List.of("Atelier des Canuts", "Retouches Jeanne"),
                p.activities.list(p.admin, jeanne, null).stream().map(Activity::name).toList());
        assertEquals(List.of("Atelier des Canuts"), p.activities.list(p.admin, lea, null).stream().map(Activity::name).toList());
        assertEquals(List.of(group.id(), own.id()), heard.stream().map(e -> Long.parseLong(e.data().get("activityId"))).toList());
    }

    @Test
    void membersJoinAndLeaveWithDatesAndTheHistoryStays() {
        long jeanne = p.create("Jeanne", "Martin").id();
        long lea = p.create("Léa", "Bonnet").id();
        Activity a = p.activities.create(p.admin, new ActivityDetails("Atelier", null, "couture", START, "AT-1",
                List.of(jeanne)));

        p.activities.addMember(p.admin, a.id(), lea, START.plusMonths(1));
        Activity after = p.activities.removeMember(p.admin, a.id(), jeanne, START.plusMonths(6));

        assertEquals(List.of(lea), after.memberIds());
        assertEquals(List.of(new ActivityMember(jeanne, START, START.plusMonths(6)),
                new ActivityMember(lea, START.plusMonths(1), null)), after.members());
        // jeanne still sees it among hers: she was a member
        assertEquals(1, p.activities.list(p.admin, jeanne, null).size());
        assertRefused("person", "C’est le dernier membre de l’activité : clôturez plutôt l’activité.",
                () -> p.activities.removeMember(p.admin, a.id(), lea, START.plusMonths(7)));
        assertRefused("person", "Cette personne est déjà membre de l’activité.",
                () -> p.activities.addMember(p.admin, a.id(), lea, START.plusMonths(7)));
        assertRefused("from", "La date ne peut pas précéder le début de l’activité (1 septembre 2025).",
                () -> p.activities.addMember(p.admin, a.id(), jeanne, START.minusDays(1)));
        assertRefused("person", "Cette personne n’est pas membre de l’activité.",
                () -> p.activities.removeMember(p.admin, a.id(), jeanne, START.plusMonths(7)));
    }

    @Test
    void closingEndsTheCurrentMembershipsAndFreezesTheActivity() {
        long jeanne = p.create("Jeanne", "Martin").id();
        Activity a = p.activities.create(p.admin, new ActivityDetails("Atelier", null, "couture", START, "AT-1",
                List.of(jeanne)));

        Activity closed = p.activities.close(p.admin, a.id(), LocalDate.of(2026, 2, 28));

        assertEquals(ActivityStatus.CLOSED, closed.status());
        assertEquals(LocalDate.of(2026, 2, 28), closed.end());
        assertEquals(List.of(), closed.memberIds());
        assertEquals(List.of(closed), p.activities.list(p.admin, null, ActivityStatus.CLOSED));
        assertEquals(List.of(), p.activities.list(p.admin, null, ActivityStatus.ACTIVE));
        assertRefused("activity", "Cette activité a été clôturée le 28 février 2026.",
                () -> p.activities.addMember(p.admin, a.id(), jeanne, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void badActivitiesAreRefusedFieldByField() {
        long jeanne = p.create("Jeanne", "Martin").id();
        long staff = p.people.create(p.admin, new coop.essaim.api.people.PersonDetails(
                coop.essaim.api.people.PersonKind.PERMANENT_STAFF, "Anne", "Roux", null, false, null, null, null, null,
                p.lyon.id(), List.of(), null)).id();
        p.activities.create(p.admin, new ActivityDetails("Atelier", null, "couture", START, "AT-1", List.of(jeanne)));

        ValidationException e = assertThrows(ValidationException.class, () -> p.activities.create(p.admin,
                new ActivityDetails(" ", null, "", null, "at-1", List.of())));
        assertEquals(List.of("name", "trade", "start", "analyticCode", "members"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals("Une autre activité de la coopérative utilise déjà ce code analytique.", e.errors().get(3).message());
        ValidationException notMember = assertThrows(ValidationException.class, () -> p.activities.create(p.admin,
                new ActivityDetails("Bureau", null, "gestion", START, "BUR", List.of(staff))));
        assertEquals("members", notMember.errors().get(0).field());
        ValidationException badCode = assertThrows(ValidationException.class, () -> p.activities.create(p.admin,
                new ActivityDetails("Bureau", null, "gestion", START, "é t", List.of(jeanne))));
        assertEquals("analyticCode", badCode.errors().get(0).field());
    }

    static void assertRefused(String field, String message, org.junit.jupiter.api.function.Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
        assertEquals(message, e.errors().get(0).message());
    }

    @Test
    void theListIsPagedSearchedAndCountedInTheDatabaseWithTheSameReach() {
        long jeanne = p.create("Jeanne", "Martin", "couture").id();
        for (int i = 1; i <= 7; i++) {
            p.activities.create(p.admin, new ActivityDetails(String.format("Atelier %02d", i), i == 3 ? "Fil d’Or" : null,
                    i % 2 == 0 ? "menuiserie" : "couture", START, "AT-" + i, List.of(jeanne)));
        }
        ResultPage<Activity> second = p.activities.page(p.admin, ActivityQuery.all(3, 3));
        assertEquals(7, second.total());
        assertEquals(List.of("Atelier 04", "Atelier 05", "Atelier 06"), second.items().stream().map(Activity::name)
                .toList());
        ResultPage<Activity> wood = p.activities.page(p.admin, new ActivityQuery(null, ActivityStatus.ACTIVE,
                "MENUIS", 0, 50));
        assertEquals(3, wood.total());
        assertEquals(1, p.activities.page(p.admin, new ActivityQuery(null, null, "fil d’or", 0, 50)).total());
        assertEquals(1, p.activities.page(p.admin, new ActivityQuery(null, null, "at-7", 0, 50)).total());
        assertEquals(0, p.activities.page(p.admin, new ActivityQuery(null, null, "%", 0, 50)).total());
        UserContext paul = p.entrepreneurWithFile("paul", "Paul", "Girard");
        assertEquals(0, p.activities.page(paul, ActivityQuery.all(0, 50)).total());
        assertEquals(p.activities.list(p.admin, null, null).stream().map(Activity::id).toList(),
                p.activities.page(p.admin, ActivityQuery.all(0, 500)).items().stream().map(Activity::id).toList());
    }
}
