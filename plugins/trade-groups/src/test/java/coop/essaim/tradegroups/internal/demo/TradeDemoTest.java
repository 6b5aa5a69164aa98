package coop.essaim.tradegroups.internal.demo;

import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.tradegroups.TradeFixture;
import coop.essaim.tradegroups.api.GridCheck;
import coop.essaim.tradegroups.api.GridEdition;
import coop.essaim.tradegroups.api.GroupSummary;
import coop.essaim.tradegroups.api.Meeting;
import coop.essaim.tradegroups.api.RateUnit;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.internal.TradeGroups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static coop.essaim.tradegroups.TradeFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo cooperative's two trade groups: members, a year of meetings with attendance, one grid edition each. */
class TradeDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = TradeFixture.kit();

    private final TradeFixture fixture = new TradeFixture(essaim);
    private final TradeGroups services = fixture.services();

    private TradeGroup group(String name) {
        GroupSummary s = services.groups().list(fixture.adviser()).stream().filter(g -> g.name().equals(name))
                .findFirst().orElseThrow();
        return services.groups().readable(fixture.adviser(), s.id());
    }

    @Test
    void photographersMetEveryMonthForAYearAndPublishedADayGrid() {
        TradeGroup g = group(TradeDemo.PHOTO);
        assertEquals("photographie", g.trade());
        assertEquals(fixture.member("Fabre"), g.coordinatorId());
        assertEquals(3, g.memberIdsOn(TradeDemo.DAY).size());
        List<Meeting> past = services.meetings().meetings(fixture.adviser(), g.id()).stream()
                .filter(m -> m.date().isBefore(TradeDemo.DAY)).toList();
        assertEquals(TradeDemo.MONTHS, past.size());
        assertEquals(TradeDemo.MONTHS, past.stream().map(m -> m.date().withDayOfMonth(1)).distinct().count());
        for (Meeting m : past) {
            assertEquals(DayOfWeek.THURSDAY, m.date().getDayOfWeek());
            assertFalse(m.attendance().isEmpty());
            assertTrue(m.attendance().stream().anyMatch(a -> a.present() && a.personId() == m.presenterId()));
            assertTrue(m.notes().contains("a présenté son activité"));
        }
        // Emma André joined in March 2026: absent from the attendance of the earlier meetings
        long andre = fixture.member("André");
        assertTrue(past.stream().filter(m -> m.date().isBefore(LocalDate.of(2026, 3, 1)))
                .allMatch(m -> m.attendance().stream().noneMatch(a -> a.personId() == andre)));
        assertTrue(past.stream().anyMatch(m -> m.attendance().stream().anyMatch(a -> !a.present())));
        assertTrue(past.stream().anyMatch(m -> !m.resources().isEmpty()));
        assertEquals(1, services.meetings().meetings(fixture.adviser(), g.id()).stream()
                .filter(m -> m.date().isAfter(TradeDemo.DAY) && m.attendance().isEmpty()).count());

        List<GridEdition> grids = services.grids().history(fixture.jeanne(), g.id());
        assertEquals(1, grids.size());
        assertEquals(RateUnit.DAY, grids.get(0).unit());
        assertTrue(GridCheck.check(services.grids().current(fixture.jeanne(), "Photographie", TradeDemo.DAY),
                "photographie", RateUnit.DAY, TradeDemo.DAY, "Reportage, la journée", eur(40_000))
                .orElseThrow().below());
    }

    @Test
    void theWritingGroupIsWhereANewcomerInRedactionIsPointed() {
        TradeGroup g = group(TradeDemo.WRITING);
        assertEquals(fixture.member("Henry"), g.coordinatorId());
        assertEquals(4, g.memberIdsOn(TradeDemo.DAY).size());
        assertEquals(TradeDemo.MONTHS + 1, services.meetings().meetings(fixture.adviser(), g.id()).size());
        assertEquals(RateUnit.WORD, services.grids().history(fixture.admin(), g.id()).get(0).unit());
        assertEquals(List.of(TradeDemo.WRITING), services.groups().groupsForPerson(fixture.admin(),
                fixture.member("Boyer")).stream().map(GroupSummary::name).toList());
        assertEquals(List.of(TradeDemo.PHOTO), services.groups().groupsFor(fixture.adviser(), "Photographie")
                .stream().map(GroupSummary::name).toList());
    }
}
