package coop.essaim.tradegroups.internal;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.tradegroups.TradeFixture;
import coop.essaim.tradegroups.api.GridCheck;
import coop.essaim.tradegroups.api.GridDraft;
import coop.essaim.tradegroups.api.GridEdition;
import coop.essaim.tradegroups.api.GridLine;
import coop.essaim.tradegroups.api.GroupSummary;
import coop.essaim.tradegroups.api.Meeting;
import coop.essaim.tradegroups.api.MeetingDraft;
import coop.essaim.tradegroups.api.RateUnit;
import coop.essaim.tradegroups.api.Resource;
import coop.essaim.tradegroups.api.TradeGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static coop.essaim.tradegroups.TradeFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The services on the demo cooperative: groups and memberships, meetings, grid editions, and who may do what. */
class TradeGroupsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = TradeFixture.kit();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final TradeFixture fixture = new TradeFixture(essaim);
    private final TradeGroups services = fixture.services();

    /** A new group of translators coordinated by Anaïs Henry, with Mathis Chevalier a member since January. */
    private TradeGroup translators() {
        TradeGroup g = services.groups().create(fixture.admin(), "Traducteurs " + NAMES.incrementAndGet(),
                "traduction", null);
        services.groups().addMember(fixture.admin(), g.id(), fixture.member("Henry"), LocalDate.of(2025, 9, 1));
        services.groups().addMember(fixture.admin(), g.id(), fixture.member("Chevalier"), LocalDate.of(2026, 1, 1));
        return services.groups().setCoordinator(fixture.admin(), g.id(), fixture.member("Henry"));
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(ValidationException.FieldError::field).collect(Collectors.toSet());
    }

    private static GridDraft day(LocalDate from, long... cents) {
        List<GridLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < cents.length; i++) {
            lines.add(new GridLine("Ligne " + (i + 1), eur(cents[i])));
        }
        return new GridDraft(RateUnit.DAY, from, lines);
    }

    @Test
    void aGroupNeedsANameAndATradeAndItsNameIsUnique() {
        int before = services.groups().list(fixture.admin()).size();
        TradeGroup withCoordinator = services.groups().create(fixture.admin(), "Photographes " + NAMES.incrementAndGet(),
                " photographie ", fixture.member("Fabre"));
        assertEquals("photographie", withCoordinator.trade());
        assertEquals(fixture.member("Fabre"), withCoordinator.coordinatorId());
        assertEquals(List.of(new coop.essaim.tradegroups.api.GroupMember(fixture.member("Fabre"), "Nicolas Fabre",
                TradeFixture.TODAY, null)), withCoordinator.members());
        before++;
        ValidationException blank = assertThrows(ValidationException.class,
                () -> services.groups().create(fixture.admin(), " ", "", 999_999L));
        assertEquals(Set.of("name", "trade", "coordinatorId"), fields(blank));
        assertEquals(before, services.groups().list(fixture.admin()).size());

        TradeGroup g = translators();
        assertEquals("traduction", g.trade());
        assertEquals(fixture.member("Henry"), g.coordinatorId());
        assertEquals("Anaïs Henry", g.coordinatorName());
        assertEquals(List.of(fixture.member("Henry"), fixture.member("Chevalier")),
                g.memberIdsOn(TradeFixture.TODAY));
        ValidationException twice = assertThrows(ValidationException.class,
                () -> services.groups().create(fixture.admin(), g.name().toUpperCase(), "traduction", null));
        assertEquals(Set.of("name"), fields(twice));
        assertEquals(before + 1, services.groups().list(fixture.admin()).size());
    }

    @Test
    void membershipsAreDatedAndTheCoordinatorStaysUntilReplaced() {
        TradeGroup g = translators();
        long chevalier = fixture.member("Chevalier");
        long henry = fixture.member("Henry");
        assertEquals(Set.of("personId"), fields(assertThrows(ValidationException.class,
                () -> services.groups().addMember(fixture.admin(), g.id(), chevalier, LocalDate.of(2026, 2, 1)))));
        assertEquals(Set.of("personId"), fields(assertThrows(ValidationException.class,
                () -> services.groups().addMember(fixture.admin(), g.id(), 999_999L, LocalDate.of(2026, 2, 1)))));
        assertEquals(Set.of("from"), fields(assertThrows(ValidationException.class,
                () -> services.groups().addMember(fixture.admin(), g.id(), fixture.member("Marchand"),
                        TradeFixture.TODAY.plusDays(1)))));
        assertEquals(Set.of("until"), fields(assertThrows(ValidationException.class,
                () -> services.groups().leave(fixture.admin(), g.id(), chevalier, LocalDate.of(2025, 12, 31)))));
        assertEquals(Set.of("personId"), fields(assertThrows(ValidationException.class,
                () -> services.groups().leave(fixture.admin(), g.id(), henry, TradeFixture.TODAY))));

        TradeGroup left = services.groups().leave(fixture.admin(), g.id(), chevalier, LocalDate.of(2026, 6, 30));
        assertTrue(left.memberIdsOn(LocalDate.of(2026, 6, 30)).contains(chevalier));
        assertFalse(left.memberIdsOn(LocalDate.of(2026, 7, 1)).contains(chevalier));
        assertEquals(Set.of("personId"), fields(assertThrows(ValidationException.class,
                () -> services.groups().setCoordinator(fixture.admin(), g.id(), chevalier))));

        TradeGroup back = services.groups().addMember(fixture.admin(), g.id(), chevalier, LocalDate.of(2026, 9, 1));
        assertEquals(3, back.members().size());
        TradeGroup handed = services.groups().setCoordinator(fixture.admin(), g.id(), chevalier);
        assertEquals(chevalier, handed.coordinatorId());
        services.groups().leave(fixture.admin(), g.id(), henry, TradeFixture.TODAY);
        assertEquals(List.of(chevalier), services.groups().readable(fixture.admin(), g.id())
                .memberIdsOn(TradeFixture.TODAY.plusDays(1)));
    }

    @Test
    void aMeetingIsRecordedWholeWithTheAttendanceOfEveryMemberOfItsDayOrNotAtAll() {
        TradeGroup g = translators();
        long henry = fixture.member("Henry");
        long chevalier = fixture.member("Chevalier");
        long outsider = fixture.member("Marchand");
        MeetingDraft bad = new MeetingDraft(LocalDate.of(2026, 3, 12), " ", outsider, "notes",
                List.of(henry, outsider), List.of(new Resource("Glossaire", "http://example.org/glossaire"),
                new Resource("", "https://example.org/x")));
        ValidationException e = assertThrows(ValidationException.class,
                () -> services.meetings().record(fixture.admin(), g.id(), bad));
        assertEquals(Set.of("theme", "presenterId", "present[1]", "resources[0].url", "resources[1].title"),
                fields(e));
        assertTrue(services.meetings().meetings(fixture.admin(), g.id()).isEmpty());

        Meeting m = services.meetings().record(fixture.admin(), g.id(), new MeetingDraft(LocalDate.of(2026, 3, 12),
                "Fixer ses tarifs au mot", chevalier, "Chacun a présenté ses tarifs.", List.of(chevalier),
                List.of(new Resource("Baromètre des tarifs", "https://example.org/barometre"))));
        assertEquals(chevalier, m.presenterId());
        assertEquals("Mathis Chevalier", m.presenterName());
        assertEquals(2, m.attendance().size());
        assertEquals(1, m.presentCount());
        assertFalse(m.attendance().stream().filter(a -> a.personId() == henry).findFirst().orElseThrow().present());
        assertEquals("https://example.org/barometre", m.resources().get(0).url());

        assertEquals(Set.of("date"), fields(assertThrows(ValidationException.class,
                () -> services.meetings().record(fixture.admin(), g.id(), new MeetingDraft(LocalDate.of(2026, 3, 12),
                        "Encore", null, null, List.of(), List.of())))));
        LocalDate ahead = TradeFixture.TODAY.plusDays(20);
        assertEquals(Set.of("present"), fields(assertThrows(ValidationException.class,
                () -> services.meetings().record(fixture.admin(), g.id(), new MeetingDraft(ahead, "Décembre", henry,
                        null, List.of(henry), List.of())))));
        Meeting next = services.meetings().record(fixture.admin(), g.id(), new MeetingDraft(ahead, "Décembre", henry,
                null, List.of(), List.of()));
        assertTrue(next.attendance().isEmpty());
        assertEquals(List.of(next.id()), services.meetings().upcoming(fixture.admin(), g.id()).stream()
                .map(Meeting::id).toList());
        assertEquals(List.of(m.id()), services.meetings().past(fixture.admin(), g.id()).stream()
                .map(Meeting::id).toList());

        assertEquals(Set.of("date"), fields(assertThrows(ValidationException.class,
                () -> services.meetings().report(fixture.admin(), next.id(), "x", List.of(henry), List.of()))));
        TradeGroups later = TradeGroups.of(essaim.modules().context("trade-groups").orElseThrow(),
                TradeFixture.clock(ahead.plusDays(1)));
        assertEquals(Set.of("present[0]", "resources[0].url"), fields(assertThrows(ValidationException.class,
                () -> later.meetings().report(fixture.admin(), next.id(), "x", List.of(outsider),
                        List.of(new Resource("Lien", "javascript:alert(1)"))))));
        Meeting reported = later.meetings().report(fixture.admin(), next.id(), "Bilan de l'année", List.of(henry),
                List.of(new Resource("Programme", "https://example.org/programme")));
        assertEquals(2, reported.attendance().size());
        assertEquals(1, reported.presentCount());
        assertEquals("Bilan de l'année", reported.notes());
        assertEquals(1, reported.resources().size());
        assertEquals(Set.of("meetingId"), fields(assertThrows(ValidationException.class,
                () -> later.meetings().report(fixture.admin(), next.id(), null, List.of(), List.of()))));
        assertThrows(AccessDeniedException.class, () -> later.meetings().report(fixture.login("Chevalier"), m.id(),
                null, List.of(), List.of()));
        assertEquals(Set.of("meetingId"), fields(assertThrows(ValidationException.class,
                () -> later.meetings().report(fixture.admin(), m.id(), null, List.of(), List.of()))));
    }

    @Test
    void aNewGridEditionReplacesThePreviousFromItsDayAndTheOldOneStays() {
        TradeGroup g = translators();
        ValidationException bad = assertThrows(ValidationException.class, () -> services.grids().publish(
                fixture.admin(), g.id(), new GridDraft(null, null, List.of(new GridLine(" ", eur(100)),
                        new GridLine("Relecture", eur(0)), new GridLine("relecture", null)))));
        assertEquals(Set.of("unit", "validFrom", "lines[0].label", "lines[1].minimum", "lines[2].label",
                "lines[2].minimum"), fields(bad));
        assertEquals(Set.of("lines"), fields(assertThrows(ValidationException.class, () -> services.grids()
                .publish(fixture.admin(), g.id(), new GridDraft(RateUnit.WORD, LocalDate.of(2026, 1, 1), List.of())))));
        assertEquals(Set.of("lines[0].minimum"), fields(assertThrows(ValidationException.class, () -> services
                .grids().publish(fixture.admin(), g.id(), new GridDraft(RateUnit.WORD, LocalDate.of(2026, 1, 1),
                        List.of(new GridLine("Mot", coop.essaim.api.money.Money.of(10, "USD"))))))));
        assertTrue(services.grids().history(fixture.admin(), g.id()).isEmpty());

        GridEdition first = services.grids().publish(fixture.admin(), g.id(), day(LocalDate.of(2026, 1, 1), 45_000));
        assertEquals(TradeFixture.TODAY, first.publishedOn());
        assertEquals("traduction", first.trade());
        GridEdition second = services.grids().publish(fixture.admin(), g.id(), day(LocalDate.of(2026, 7, 1), 50_000,
                60_000));
        assertEquals(Set.of("validFrom"), fields(assertThrows(ValidationException.class,
                () -> services.grids().publish(fixture.admin(), g.id(), day(LocalDate.of(2026, 6, 30), 1)))));

        assertEquals(List.of(first.id()), ids(services.grids().current(fixture.jeanne(), "Traduction",
                LocalDate.of(2026, 3, 1)), g));
        assertEquals(List.of(second.id()), ids(services.grids().current(fixture.jeanne(), "traduction",
                LocalDate.of(2026, 7, 1)), g));
        assertTrue(ids(services.grids().current(fixture.jeanne(), "traduction", LocalDate.of(2025, 12, 31)), g)
                .isEmpty());
        assertTrue(ids(services.grids().current(fixture.jeanne(), "menuiserie", LocalDate.of(2026, 8, 1)), g)
                .isEmpty());
        assertEquals(2, services.grids().history(fixture.jeanne(), g.id()).size());

        List<GridEdition> current = services.grids().current(fixture.jeanne(), null, TradeFixture.TODAY);
        GridCheck.Verdict v = GridCheck.check(current.stream().filter(x -> x.groupId() == g.id()).toList(),
                "traduction", RateUnit.DAY, TradeFixture.TODAY, "Ligne 1", eur(48_000)).orElseThrow();
        assertTrue(v.below());
        assertEquals(eur(2_000), v.shortfall());
    }

    private static List<Long> ids(List<GridEdition> editions, TradeGroup g) {
        return editions.stream().filter(e -> e.groupId() == g.id()).map(GridEdition::id).toList();
    }

    @Test
    void theCoordinatorRecordsMembersReadAndEveryoneReadsTheGridsButNotTheNotes() {
        TradeGroup g = translators();
        UserContext henry = fixture.login("Henry");
        UserContext chevalier = fixture.login("Chevalier");
        UserContext jeanne = fixture.jeanne();

        assertThrows(AccessDeniedException.class, () -> services.groups().create(henry, "Le mien", "traduction",
                null));
        assertThrows(AccessDeniedException.class, () -> services.groups().addMember(henry, g.id(),
                fixture.member("Marchand"), TradeFixture.TODAY));
        Meeting m = services.meetings().record(henry, g.id(), new MeetingDraft(LocalDate.of(2026, 10, 8),
                "Les contrats de cession", fixture.member("Henry"), "Notes du collectif", List.of(), List.of()));
        GridEdition grid = services.grids().publish(henry, g.id(), new GridDraft(RateUnit.WORD,
                LocalDate.of(2026, 11, 1), List.of(new GridLine("Traduction générale", eur(12)))));
        assertEquals("Anaïs Henry", grid.publishedBy());

        assertEquals("Notes du collectif", services.meetings().meetings(chevalier, g.id()).get(0).notes());
        assertThrows(AccessDeniedException.class, () -> services.meetings().record(chevalier, g.id(),
                new MeetingDraft(LocalDate.of(2026, 10, 9), "Moi", null, null, List.of(), List.of())));
        assertThrows(AccessDeniedException.class, () -> services.grids().publish(chevalier, g.id(),
                new GridDraft(RateUnit.WORD, LocalDate.of(2026, 11, 2), List.of(new GridLine("Mot", eur(1))))));

        GroupSummary seen = services.groups().list(jeanne).stream().filter(s -> s.id() == g.id()).findFirst()
                .orElseThrow();
        assertEquals("traduction", seen.trade());
        assertEquals(2, seen.members());
        assertFalse(seen.member());
        assertFalse(seen.readable());
        assertTrue(services.groups().find(jeanne, g.id()).isEmpty());
        assertEquals(Set.of("groupId"), fields(assertThrows(ValidationException.class,
                () -> services.meetings().meetings(jeanne, g.id()))));
        assertEquals(Set.of("groupId"), fields(assertThrows(ValidationException.class,
                () -> services.meetings().record(jeanne, g.id(), new MeetingDraft(LocalDate.of(2026, 10, 9), "x",
                        null, null, List.of(), List.of())))));
        assertTrue(services.grids().current(jeanne, "traduction", TradeFixture.TODAY).stream()
                .anyMatch(e -> e.id() == grid.id()));
        assertTrue(services.grids().current(fixture.accountant(), null, TradeFixture.TODAY).stream()
                .anyMatch(e -> e.id() == grid.id()));

        TradeGroup joined = services.groups().join(jeanne, g.id());
        assertTrue(joined.memberIdsOn(TradeFixture.TODAY).contains(fixture.member("Martin")));
        assertEquals(m.id(), services.meetings().meetings(jeanne, g.id()).get(0).id());
        assertTrue(services.groups().list(jeanne).stream().filter(s -> s.id() == g.id()).findFirst().orElseThrow()
                .member());
        assertThrows(AccessDeniedException.class, () -> services.groups().leave(chevalier, g.id(),
                fixture.member("Martin"), TradeFixture.TODAY));
        services.groups().leave(jeanne, g.id(), fixture.member("Martin"), TradeFixture.TODAY.minusDays(0));
        assertEquals(List.of("Traducteurs"), services.groups().groupsFor(fixture.adviser(), "Traduction technique")
                .stream().filter(s -> s.id() == g.id()).map(s -> s.name().replaceAll(" \\d+", "")).toList());
    }
}
