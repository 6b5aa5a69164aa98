package coop.essaim.treasuryadvances.internal.demo;

import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.treasuryadvances.AdvancesFixture;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo cooperative's advances: one at every stage, their entries balanced, the overdue one flagged. */
class AdvancesDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AdvancesFixture.kit();

    private final AdvancesFixture fixture = new AdvancesFixture(essaim);

    @Test
    void theDemoHasAnAdvanceAtEveryStage() {
        var ta = fixture.on(LocalDate.of(2026, 11, 2));
        List<TreasuryAdvance> all = ta.advances().all(fixture.admin(), null);
        Map<String, TreasuryAdvance> byReason = all.stream().collect(Collectors.toMap(TreasuryAdvance::reason,
                a -> a));
        assertEquals(AdvanceStatus.REQUESTED, byReason.get(AdvancesDemo.WAITING).status());
        assertEquals(AdvanceStatus.REJECTED, byReason.get(AdvancesDemo.REJECTED).status());
        assertEquals(AdvanceStatus.APPROVED, byReason.get(AdvancesDemo.APPROVED).status());
        assertEquals(AdvanceStatus.DISBURSED, byReason.get(AdvancesDemo.REPAYING).status());
        assertEquals(AdvancesFixture.eur("600.00"), byReason.get(AdvancesDemo.REPAYING).balance());
        assertFalse(byReason.get(AdvancesDemo.REPAYING).overdue());
        assertTrue(byReason.get(AdvancesDemo.OVERDUE).overdue());
        assertEquals(AdvanceStatus.REPAID, byReason.get(AdvancesDemo.REPAID).status());
        assertTrue(ta.advances().own(fixture.jeanne()).stream().anyMatch(a -> a.reason().equals(AdvancesDemo.WAITING)));
        // the demo's board member, elu, has voted for the waiting request
        var votes = ta.approvals().votes(essaim.demoUser("elu"), byReason.get(AdvancesDemo.WAITING).id());
        assertEquals(List.of("Élise Fontaine FOR"), votes.stream().map(v -> v.voterName() + " " + v.choice()).toList());

        fixture.ledger().entries(fixture.accountant(), new EntryQuery(fixture.admin().cooperativeId(),
                        JournalCode.MISC, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 30), null, null, 0, 500))
                .stream().filter(e -> e.pieceReference() != null && e.pieceReference().startsWith("AV-"))
                .forEach(AdvancesFixture::assertBalanced);
        var report = ta.exposure().report(fixture.accountant(), AdvancesFixture.eur("0").currency());
        assertEquals(AdvancesFixture.eur("1800.00"), report.outstanding());
        assertEquals(1, report.overdue().size());
        // the partners' committee: six requests in 2026, four approved, one rejected; 2,550.00 lent (1,200.00 +
        // 450.00 + 900.00), 750.00 back (450.00 + 300.00)
        var year = report.years().stream().filter(y -> y.year() == 2026).findFirst().orElseThrow();
        assertEquals(6, year.requested());
        assertEquals(4, year.approved());
        assertEquals(1, year.rejected());
        assertEquals(AdvancesFixture.eur("2550.00"), year.disbursed());
        assertEquals(AdvancesFixture.eur("750.00"), year.repaid());
    }

    @Test
    void theDashboardAlertsTheBoardAndAccountingToTheOverdueAdvance() {
        var widget = essaim.extensions(coop.essaim.api.dashboard.DashboardWidget.class, "treasury-advances").get(0);
        var content = widget.content(fixture.accountant());
        // read on today's date: the demo's September instalment at least is overdue
        int overdue = fixture.on(LocalDate.now()).exposure().report(fixture.accountant(),
                AdvancesFixture.eur("0").currency()).overdue().size();
        assertTrue(overdue >= 1);
        assertEquals(String.valueOf(overdue), content.figures().get(0).value());
        assertTrue(content.message().startsWith(overdue + " avance(s) en retard"), content.message());
        assertTrue(content.links().get(0).href().startsWith("m/treasury-advances/advance?id="));
        assertFalse(fixture.jeanne().can(widget.permission()));
    }
}
