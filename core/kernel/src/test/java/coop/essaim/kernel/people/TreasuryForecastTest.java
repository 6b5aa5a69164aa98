package coop.essaim.kernel.people;

import coop.essaim.api.ledger.ActivityAccounts.TreasuryPoint;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.ExpectedCash;
import coop.essaim.api.ledger.ExpectedCashSource;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.TreasuryForecast;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.LedgerTestCharts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The treasury forecast of Jeanne's activity on 2 March 2026: 624.00 € in the bank (two invoices of 480 € paid,
 * a supplier paid 336 €), then what two modules expect: an overdue invoice and a new one coming in, a salary
 * going out; a third module's source fails and is named, not hidden.
 */
class TreasuryForecastTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    static final LocalDate TODAY = PeopleFixture.TODAY;

    TreasuryForecast forecasts;
    UserContext jeanne;
    Activity couture;

    @BeforeEach
    void jeannesCashAndWhatTheModulesExpect() {
        p.f.registry.add("country-fr-test", ChartOfAccounts.class, LedgerTestCharts.FRENCH);
        forecasts = p.f.core.treasuryForecast();
        jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        couture = p.activities.create(p.admin, new ActivityDetails("Couture Jeanne", "Fil d’Or", "couture",
                LocalDate.of(2025, 11, 3), "COUTURE", List.of(p.personOf(jeanne))));
        long a = couture.id();
        post(JournalCode.BANK, "R-1", LocalDate.of(2025, 12, 1), PostingLine.debit("512000", a, eur(48000)),
                PostingLine.credit("411000", a, eur(48000)));
        post(JournalCode.BANK, "R-2", LocalDate.of(2026, 1, 5), PostingLine.debit("512000", a, eur(48000)),
                PostingLine.credit("411000", a, eur(48000)));
        post(JournalCode.BANK, "P-1", LocalDate.of(2026, 1, 10), PostingLine.debit("401000", a, eur(33600)),
                PostingLine.credit("512000", a, eur(33600)));
        p.f.registry.add("invoicing-test", ExpectedCashSource.class, (user, activity, until) -> activity != a
                ? List.of() : List.of(
                new ExpectedCash(LocalDate.of(2026, 2, 15), eur(48000), "Facture 2026-00003", "2026-00003"),
                new ExpectedCash(LocalDate.of(2026, 3, 20), eur(24000), "Facture 2026-00007", "2026-00007"),
                new ExpectedCash(LocalDate.of(2026, 9, 1), eur(99900), "Facture lointaine", "2026-00009")));
        p.f.registry.add("payroll-test", ExpectedCashSource.class, (user, activity, until) -> List.of(
                new ExpectedCash(LocalDate.of(2026, 3, 31), eur(-13130), "Salaire de mars", null)));
        p.f.registry.add("broken-test", ExpectedCashSource.class, (user, activity, until) -> {
            throw new IllegalStateException("a module bug");
        });
    }

    @Test
    void todaysCashThenEachExpectedDayWithTheOverdueInvoiceCountedToday() {
        TreasuryForecast.Forecast f = forecasts.forecast(jeanne, couture.id(), TODAY.plusDays(90));

        assertEquals(TODAY, f.today());
        assertEquals(eur(62400), f.position());
        assertEquals(List.of("Facture 2026-00003", "Facture 2026-00007", "Salaire de mars"),
                f.expected().stream().map(x -> x.cash().label()).toList());
        TreasuryForecast.Expected overdue = f.expected().get(0);
        assertTrue(overdue.overdue());
        assertEquals(TODAY, overdue.on());
        assertEquals(LocalDate.of(2026, 2, 15), overdue.cash().date());
        assertFalse(f.expected().get(1).overdue());
        assertEquals(List.of(new TreasuryPoint(TODAY, eur(110400)),
                new TreasuryPoint(LocalDate.of(2026, 3, 20), eur(134400)),
                new TreasuryPoint(LocalDate.of(2026, 3, 31), eur(121270))), f.points());
        assertEquals(List.of("broken-test"), f.unavailable());
    }

    @Test
    void theForecastIsReadWithTheLedgersRulesAndAtMostAYearAhead() {
        UserContext paul = p.entrepreneurWithFile("paul", "Paul", "Girard");
        ValidationException other = assertThrows(ValidationException.class,
                () -> forecasts.forecast(paul, couture.id(), TODAY.plusDays(30)));
        assertEquals("activity", other.errors().get(0).field());
        for (LocalDate wrong : new LocalDate[] {TODAY.minusDays(1), TODAY.plusDays(367), null}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> forecasts.forecast(jeanne, couture.id(), wrong));
            assertEquals("until", e.errors().get(0).field());
        }
        assertEquals(eur(62400), forecasts.forecast(p.admin, couture.id(), TODAY).position());
        assertEquals(1, forecasts.forecast(p.admin, couture.id(), TODAY).points().size());
    }

    private void post(JournalCode journal, String piece, LocalDate date, PostingLine... lines) {
        p.f.core.ledger().post(p.admin, new EntryDraft(p.admin.cooperativeId(), journal, date, piece, date,
                "Mouvement " + piece, List.of(lines), piece));
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
