package coop.essaim.kernel.demo;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityMember;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.AssociateDeadlineRule;
import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.people.ReferentAssignment;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.demo.DemoMembers.Sector;
import coop.essaim.kernel.people.KernelActivities;
import coop.essaim.kernel.people.KernelPeople;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static coop.essaim.kernel.people.NeutralPathModel.ASSOCIATE;
import static coop.essaim.kernel.people.NeutralPathModel.EXIT;
import static coop.essaim.kernel.people.NeutralPathModel.RECEPTION;
import static coop.essaim.kernel.people.NeutralPathModel.SALARIED;
import static coop.essaim.kernel.people.NeutralPathModel.SUPPORT_AGREEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo cooperative's population as its users see it through the people services. */
class DemoPopulationTest {

    @RegisterExtension
    static final CoreFixture f = CoreFixture.empty();
    KernelPeople people;
    KernelActivities activities;
    UserContext admin;

    @BeforeEach
    void demo() {
        DemoFixture.demoInstallation(f);
        f.core.demo().ensureDemo();
        people = f.core.people();
        activities = f.core.activities();
        admin = login("admin");
    }

    @AfterEach
    void emptyThePeopleTables() {
        DemoFixture.clearPeople(f);
    }

    private UserContext login(String login) {
        String password = DemoCooperative.USERS.stream().filter(u -> u.login().equals(login)).findFirst()
                .orElseThrow().password();
        return f.core.authentication().login(login, password.toCharArray(), null).user();
    }

    private List<Person> everyone(UserContext actor) {
        return people.list(actor, PersonQuery.all(0, 500)).items();
    }

    private Person named(String family) {
        return everyone(admin).stream().filter(p -> family.equals(p.details().familyName())).findFirst().orElseThrow();
    }

    @Test
    void twoSitesTwoAdvisersAndFortyMembersAtEveryStageOfThePath() {
        assertEquals(List.of(DemoMembers.LYON, DemoMembers.VILLEURBANNE),
                people.establishments(admin).stream().map(Establishment::name).toList());
        List<Person> all = everyone(admin);
        assertEquals(42, all.size());
        List<Person> staff = all.stream().filter(p -> p.details().kind() == PersonKind.PERMANENT_STAFF).toList();
        assertEquals(List.of("Karim Benali", "Nadia Haddad"), staff.stream().map(Person::displayName).toList());
        UserContext conseil = login("conseil");
        UserContext nadia = login("nadia");
        assertEquals(conseil.userId(), staff.get(0).details().userId());
        assertEquals(nadia.userId(), staff.get(1).details().userId());

        Map<String, Long> perStatus = all.stream().filter(p -> p.details().kind() == PersonKind.MEMBER)
                .collect(Collectors.groupingBy(Person::statusCode, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(RECEPTION, 6L, SUPPORT_AGREEMENT, 10L, SALARIED, 10L, ASSOCIATE, 8L, EXIT, 6L),
                perStatus);
        assertEquals(10, people.list(admin, PersonQuery.all(0, 500).withStatus(SALARIED)).total());
        Map<String, Long> perSite = all.stream().filter(p -> p.details().kind() == PersonKind.MEMBER)
                .collect(Collectors.groupingBy(p -> site(p.details().establishmentId()), Collectors.counting()));
        assertEquals(Map.of(DemoMembers.LYON, 20L, DemoMembers.VILLEURBANNE, 20L), perSite);

        // past reception, conseil follows the Lyon members and nadia those of Villeurbanne, from the start of
        // their agreement
        for (Person p : all) {
            PersonPath path = people.path(admin, p.id()).orElseThrow();
            Optional<LocalDate> support = path.firstEntered(SUPPORT_AGREEMENT);
            long referent = site(p.details().establishmentId()).equals(DemoMembers.LYON) ? conseil.userId()
                    : nadia.userId();
            assertEquals(support.isPresent() ? referent : null, p.referentUserId(), p.displayName());
            assertEquals(support.map(d -> List.of(d)).orElse(List.of()), people.referents(admin, p.id()).stream()
                    .map(ReferentAssignment::from).toList(), p.displayName());
            assertTrue(path.entries().stream().noneMatch(e -> e.date().isAfter(DemoMembers.REFERENCE_DATE)));
        }
        assertEquals(List.of("employment", "other", "own-company", "own-company", "stopped", "stopped"),
                all.stream().map(p -> people.path(admin, p.id()).orElseThrow().latest())
                        .flatMap(Optional::stream).map(PathEntry::exitReason).filter(r -> r != null).sorted()
                        .toList());
        assertEquals("Déménagement hors de la région", people.path(admin, named("Lefort").id()).orElseThrow()
                .latest().orElseThrow().details());
    }

    private String site(long establishmentId) {
        return people.establishments(admin).stream().filter(e -> e.id() == establishmentId).findFirst()
                .orElseThrow().name();
    }

    @Test
    void everyMemberPastReceptionRunsAnActivityInTheSectorMix() {
        List<Activity> all = activities.list(admin, null, null);
        assertEquals(32, all.size());
        assertEquals(5, activities.list(admin, null, ActivityStatus.CLOSED).size());
        for (Person p : everyone(admin)) {
            boolean pastReception = people.path(admin, p.id()).orElseThrow().firstEntered(SUPPORT_AGREEMENT)
                    .isPresent();
            List<Activity> own = activities.list(admin, p.id(), null);
            assertEquals(pastReception, !own.isEmpty(), p.displayName());
            // whoever left, their activities closed on that day
            boolean left = EXIT.equals(p.statusCode());
            assertTrue(own.stream().allMatch(a -> (a.status() == ActivityStatus.CLOSED) == left
                    && (!left || a.end().equals(p.statusSince()))), p.displayName());
        }
        assertEquals(List.of("Import de vin Nicolas", "Photographie Nicolas"),
                activities.list(admin, named(DemoMembers.TWO_ACTIVITIES_FAMILY).id(), null).stream()
                        .map(Activity::name).toList());

        Activity group = all.stream().filter(a -> a.name().equals(DemoMembers.GROUP_ACTIVITY)).findFirst()
                .orElseThrow();
        assertEquals(DemoMembers.GROUP_BRAND, group.brand());
        assertEquals(DemoMembers.GROUP_FAMILIES.stream().map(n -> named(n).id()).sorted().toList(),
                group.memberIds().stream().sorted().toList());
        ActivityMember latest = group.members().get(group.members().size() - 1);
        assertEquals(named("Caron").id(), latest.personId());
        assertTrue(latest.from().isAfter(group.start()));

        Map<Sector, Long> mix = DemoMembers.MEMBERS.stream()
                .collect(Collectors.groupingBy(DemoMembers.DemoMember::sector, Collectors.counting()));
        assertEquals(Map.of(Sector.CRAFTS, 8L, Sector.SERVICES_TO_INDIVIDUALS, 8L, Sector.SERVICES_TO_BUSINESSES, 8L,
                Sector.COMMUNICATION_IT, 12L, Sector.TRADE, 4L), mix);
        assertEquals(all.size(), all.stream().map(Activity::analyticCode).distinct().count());
    }

    @Test
    void jeanneReachesHerOwnFileAndActivityAndNothingElse() {
        UserContext jeanne = login("jeanne");

        List<Person> seen = everyone(jeanne);
        assertEquals(1, seen.size());
        Person file = seen.get(0);
        assertEquals("Jeanne Martin", file.displayName());
        assertEquals(jeanne.userId(), file.details().userId());
        assertEquals(List.of("couture"), file.details().trades());
        assertEquals(DemoMembers.LYON, site(file.details().establishmentId()));
        PersonPath path = people.path(jeanne, file.id()).orElseThrow();
        assertEquals(List.of(RECEPTION, SUPPORT_AGREEMENT, SALARIED),
                path.entries().stream().map(PathEntry::statusCode).toList());
        LocalDate start = path.firstEntered(SUPPORT_AGREEMENT).orElseThrow();
        assertEquals(start.plusMonths(3), path.firstEntered(SALARIED).orElseThrow());
        assertFalse(path.firstContract(SUPPORT_AGREEMENT).orElseThrow().open());

        List<Activity> hers = activities.list(jeanne, null, null);
        assertEquals(1, hers.size());
        Activity couture = hers.get(0);
        assertEquals(List.of(DemoMembers.JEANNE_ACTIVITY, DemoMembers.JEANNE_BRAND, "couture"),
                List.of(couture.name(), couture.brand(), couture.trade()));
        assertEquals(start, couture.start());
        assertEquals(List.of(file.id()), couture.memberIds());

        Person other = named(DemoMembers.OVERDUE_FAMILY);
        assertEquals(Optional.empty(), people.find(jeanne, other.id()));
        assertEquals(Optional.empty(), people.path(jeanne, other.id()));
        long otherActivity = activities.list(admin, other.id(), null).get(0).id();
        assertEquals(Optional.empty(), activities.find(jeanne, otherActivity));
    }

    /** Shaped like the France plugin's rule: associate within 3 years of the start of the support agreement. */
    static final class ThreeYears implements AssociateDeadlineRule {
        public boolean appliesTo(String country) {
            return "FR".equals(country);
        }

        public Optional<LocalDate> deadline(PersonPath path, PathModel model) {
            return path.firstContract(SUPPORT_AGREEMENT).map(c -> c.start().plusYears(3));
        }
    }

    @Test
    void withTheFrenchThreeYearRuleExactlyOneMemberIsOverdue() {
        assertTrue(everyone(admin).stream().allMatch(p -> p.deadline().flag() == DeadlineFlag.NONE));

        f.registry.add("country-fr-test", AssociateDeadlineRule.class, new ThreeYears());

        Map<DeadlineFlag, List<String>> flags = everyone(admin).stream().collect(Collectors.groupingBy(
                p -> p.deadline().flag(), TreeMap::new, Collectors.mapping(Person::displayName, Collectors.toList())));
        assertEquals(List.of(DemoMembers.OVERDUE_GIVEN + " " + DemoMembers.OVERDUE_FAMILY),
                flags.get(DeadlineFlag.OVERDUE));
        assertEquals(null, flags.get(DeadlineFlag.DUE_WITHIN_90_DAYS));
        // the ten in support agreement and the nine other salaried members
        assertEquals(19, flags.get(DeadlineFlag.ON_TRACK).size());
        assertEquals(List.of(DemoMembers.OVERDUE_GIVEN + " " + DemoMembers.OVERDUE_FAMILY),
                people.list(admin, PersonQuery.all(0, 50).withDeadline(DeadlineFlag.OVERDUE)).items().stream()
                        .map(Person::displayName).toList());
        assertEquals(SALARIED, named(DemoMembers.OVERDUE_FAMILY).statusCode());
    }
}
