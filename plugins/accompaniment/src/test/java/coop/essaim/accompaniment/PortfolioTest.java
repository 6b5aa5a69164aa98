package coop.essaim.accompaniment;

import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Appointments;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.PortfolioAlert;
import coop.essaim.accompaniment.api.PortfolioEntry;
import coop.essaim.accompaniment.internal.AccompanimentSettings;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The advisers' portfolios on the demo cooperative, on 15 March 2027 (the fixture's clock). */
class PortfolioTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private PortfolioEntry entry(UserContext adviser, long personId) {
        return fixture.accompaniment().portfolio().of(adviser).stream().filter(e -> e.personId() == personId)
                .findFirst().orElseThrow();
    }

    @Test
    void jeannesStageLastAndNextAppointmentAnAbsenceDoesNotCount() {
        UserContext karim = fixture.adviser();
        long jeanne = fixture.jeannePerson().id();
        Appointments appointments = fixture.accompaniment().appointments();
        long held = appointments.schedule(karim, fixture.onSite(jeanne, LocalDateTime.of(2027, 3, 1, 10, 0))).id();
        appointments.recordAttendance(karim, held, Attendance.PRESENT);
        long missed = appointments.schedule(karim, fixture.onSite(jeanne, LocalDateTime.of(2027, 3, 12, 10, 0))).id();
        appointments.recordAttendance(karim, missed, Attendance.ABSENT);
        appointments.schedule(karim, new AppointmentDraft(jeanne, LocalDateTime.of(2027, 3, 29, 16, 0), 30,
                AppointmentMode.PHONE, null, List.of(karim.userId()), List.of(), null, null, null));

        PortfolioEntry e = entry(karim, jeanne);
        assertEquals("Jeanne Martin", e.name());
        assertEquals("Entrepreneur salarié (CESA)", e.stage());
        assertEquals(LocalDateTime.of(2027, 3, 1, 10, 0), e.lastAppointment());
        assertEquals(LocalDateTime.of(2027, 3, 29, 16, 0), e.nextAppointment());
        assertFalse(e.alerts().contains(PortfolioAlert.NO_RECENT_APPOINTMENT), e.alerts().toString());

        // two weeks since the last one held: an alert once the cooperative asks for one after a week
        CooperativeSettings settings = essaim.service(CooperativeSettings.class);
        settings.change(essaim.demoUser("admin"), AccompanimentSettings.ALERT_WEEKS, "1");
        try {
            assertTrue(entry(karim, jeanne).alerts().contains(PortfolioAlert.NO_RECENT_APPOINTMENT));
        } finally {
            settings.reset(essaim.demoUser("admin"), AccompanimentSettings.ALERT_WEEKS);
        }
    }

    @Test
    void theReferentsPeopleOnlyAndNotThoseWhoLeft() {
        List<PortfolioEntry> karims = fixture.accompaniment().portfolio().of(fixture.adviser());
        List<String> names = karims.stream().map(PortfolioEntry::name).toList();
        assertTrue(names.contains("Jeanne Martin"), names.toString());
        assertTrue(names.contains("Chloé Gauthier"), names.toString());
        assertFalse(names.contains("Antoine Faure"), "Nadia's");
        assertFalse(names.contains("Florian Masson"), "left the cooperative");
        assertThrows(AccessDeniedException.class, () -> fixture.accompaniment().portfolio().of(fixture.jeanne()));
    }

    @Test
    void aDeadlinePassedWithoutBecomingAssociateIsAnAlert() {
        PortfolioEntry olivier = entry(fixture.nadia(), fixture.person("Olivier", "Brun").id());
        assertTrue(olivier.alerts().contains(PortfolioAlert.ASSOCIATE_DEADLINE_OVERDUE), olivier.alerts().toString());
        PortfolioEntry chloe = entry(fixture.adviser(), fixture.person("Chloé", "Gauthier").id());
        assertFalse(chloe.alerts().contains(PortfolioAlert.ASSOCIATE_DEADLINE_OVERDUE));
        assertFalse(chloe.alerts().contains(PortfolioAlert.ASSOCIATE_DEADLINE_DUE));
    }

    @Test
    void anActivityWhoseTreasuryFallsBelowZeroIsAnAlertWithItsFigure() {
        UserContext compta = fixture.accountant();
        long chloe = fixture.person("Chloé", "Gauthier").id();
        Activity activity = essaim.service(Activities.class).list(compta, chloe, ActivityStatus.ACTIVE).get(0);
        LocalDate day = LocalDate.of(2027, 3, 10);
        Money before = essaim.service(ActivityAccounts.class).account(compta, activity.id(), day, day).treasury();
        // supplies paid from the bank for 50.00 € more than the activity's cash
        Money paid = before.plus(Money.of(5_000, before.currency()));
        essaim.service(Ledger.class).post(compta, new EntryDraft(compta.cooperativeId(), JournalCode.BANK, day,
                "T-ACC-1", day, "Fournitures", List.of(PostingLine.debit("606000", activity.id(), paid),
                PostingLine.credit("512000", activity.id(), paid)), "accompaniment-test:supplies"));

        PortfolioEntry e = entry(fixture.adviser(), chloe);
        assertTrue(e.alerts().contains(PortfolioAlert.TREASURY_NEGATIVE), e.alerts().toString());
        assertEquals(Money.of(-5_000, before.currency()), e.activities().stream()
                .filter(c -> c.activityId() == activity.id()).findFirst().orElseThrow().treasury());
        assertFalse(entry(fixture.adviser(), fixture.jeannePerson().id()).alerts()
                .contains(PortfolioAlert.TREASURY_NEGATIVE));
    }

    @Test
    void theTurnoverOfTheLastTwelveMonthsAndTheTreasuryThreeMonthsAgoFollowTheLedger() {
        UserContext compta = fixture.accountant();
        long chloe = fixture.person("Chloé", "Gauthier").id();
        Activity activity = essaim.service(Activities.class).list(compta, chloe, ActivityStatus.ACTIVE).get(0);
        PortfolioEntry.ActivityCash before = cash(chloe, activity.id());
        Money sale = Money.of(120_000, before.treasury().currency());
        Money received = Money.of(50_000, before.treasury().currency());
        Ledger ledger = essaim.service(Ledger.class);
        // today is 15 March 2027: a sale in January, a client's payment on 1 December 2026, before "3 months ago"
        ledger.post(compta, new EntryDraft(compta.cooperativeId(), JournalCode.SALES, LocalDate.of(2027, 1, 10),
                "F-TREND-1", LocalDate.of(2027, 1, 10), "Vente", List.of(PostingLine.debit("411000", activity.id(), sale),
                PostingLine.credit("706000", activity.id(), sale)), "accompaniment-test:trend-sale"));
        ledger.post(compta, new EntryDraft(compta.cooperativeId(), JournalCode.BANK, LocalDate.of(2026, 12, 1),
                "R-TREND-1", LocalDate.of(2026, 12, 1), "Règlement", List.of(
                PostingLine.debit("512000", activity.id(), received),
                PostingLine.credit("411000", activity.id(), received)), "accompaniment-test:trend-receipt"));

        PortfolioEntry.ActivityCash after = cash(chloe, activity.id());
        assertEquals(before.turnoverLastYear().plus(sale), after.turnoverLastYear());
        assertEquals(before.turnoverYearBefore(), after.turnoverYearBefore());
        assertEquals(before.treasuryThreeMonthsAgo().plus(received), after.treasuryThreeMonthsAgo());
        assertEquals(before.treasury().plus(received), after.treasury());
        assertEquals(essaim.service(ActivityAccounts.class).account(compta, activity.id(), LocalDate.of(2025, 3, 16),
                LocalDate.of(2026, 3, 15)).turnoverExclVat(), after.turnoverYearBefore(), "the twelve months before");
    }

    private PortfolioEntry.ActivityCash cash(long personId, long activityId) {
        return entry(fixture.adviser(), personId).activities().stream().filter(c -> c.activityId() == activityId)
                .findFirst().orElseThrow();
    }
}
