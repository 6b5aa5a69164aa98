package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static coop.essaim.kernel.ledger.KernelLedgerTest.JEANNE;
import static coop.essaim.kernel.ledger.KernelLedgerTest.PAUL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing 2025 (the fixture's cooperative keeps calendar years; its clock reads 2 March 2026): the
 * carry-forward entry opens 2026 with the balance-sheet balances and each activity's result.
 */
class FiscalYearCloseTest {

    @RegisterExtension
    static final LedgerFixture f = new LedgerFixture();

    long coop;

    @BeforeEach
    void jeanneSellsAndPaulBuysIn2025() {
        coop = f.admin.cooperativeId();
        post(JournalCode.SALES, "F-1", LocalDate.of(2025, 10, 3), PostingLine.debit("411000", JEANNE, eur(144000)),
                PostingLine.credit("706000", JEANNE, eur(120000)), PostingLine.credit("445710", JEANNE, eur(24000)));
        post(JournalCode.PURCHASES, "A-1", LocalDate.of(2025, 10, 20), PostingLine.debit("601000", JEANNE, eur(28000)),
                PostingLine.credit("401000", JEANNE, eur(28000)));
        post(JournalCode.BANK, "R-1", LocalDate.of(2025, 11, 5), PostingLine.debit("512000", JEANNE, eur(96000)),
                PostingLine.credit("411000", JEANNE, eur(96000)));
        post(JournalCode.PURCHASES, "A-2", LocalDate.of(2025, 12, 1), PostingLine.debit("601000", PAUL, eur(15000)),
                PostingLine.credit("401000", PAUL, eur(15000)));
    }

    @Test
    void theCarryForwardOpensTheNextYearWithTheBalancesAndEachActivitysResult() {
        ValidatedEntry opening = f.ledger.closeFiscalYear(f.admin, 2025).orElseThrow();
        assertEquals(JournalCode.OPENING, opening.journal());
        assertEquals(LocalDate.of(2026, 1, 1), opening.date());
        assertEquals("À-nouveaux de l’exercice 2025", opening.label());
        Map<String, Long> lines = opening.lines().stream().collect(Collectors.toMap(
                l -> l.accountCode() + "/" + l.activityId() + "/" + l.side(), l -> l.amount().minorUnits()));
        long j = LedgerFixture.JEANNE;
        long p = LedgerFixture.PAUL;
        assertEquals(Map.of("411000/" + j + "/DEBIT", 48000L, "512000/" + j + "/DEBIT", 96000L,
                "445710/" + j + "/CREDIT", 24000L, "401000/" + j + "/CREDIT", 28000L, "401000/" + p + "/CREDIT", 15000L,
                "120000/" + j + "/CREDIT", 92000L, "129000/" + p + "/DEBIT", 15000L), lines);

        // 2026's balances start from the carried amounts; 2025 stays as it was
        List<Balance> from2026 = f.ledger.balances(f.admin, new BalanceQuery(coop, LocalDate.of(2026, 1, 1), null,
                BalanceQuery.Grouping.ACCOUNT, null));
        assertEquals(Map.of("120000", -92000L, "129000", 15000L, "401000", -43000L, "411000", 48000L,
                "445710", -24000L, "512000", 96000L), from2026.stream().collect(Collectors.toMap(Balance::accountCode,
                b -> b.balance().minorUnits())));
        assertTrue(f.ledger.verifyChain(f.admin, coop).intact());
    }

    @Test
    void aClosedYearTakesNoMoreEntriesAndClosesOnce() {
        f.ledger.closeFiscalYear(f.admin, 2025);
        assertEquals(LocalDate.of(2025, 12, 31), f.ledger.closedThrough(f.admin).orElseThrow());
        ValidationException late = assertThrows(ValidationException.class, () -> post(JournalCode.SALES, "F-2",
                LocalDate.of(2025, 12, 31), PostingLine.debit("411000", JEANNE, eur(100)),
                PostingLine.credit("706000", JEANNE, eur(100))));
        assertEquals("date", late.errors().get(0).field());
        ValidationException twice = assertThrows(ValidationException.class, () -> f.ledger.closeFiscalYear(f.admin, 2025));
        assertEquals("L’exercice 2025 est déjà clôturé.", twice.errors().get(0).message());
    }

    @Test
    void yearsCloseInOrderAndOnlyOnceOver() {
        ValidationException open = assertThrows(ValidationException.class, () -> f.ledger.closeFiscalYear(f.admin, 2026));
        assertEquals("L’exercice se termine le 31 décembre 2026 : il pourra être clôturé dès le lendemain.",
                open.errors().get(0).message());
        f.core.clock.advance(java.time.Duration.ofDays(400));
        ValidationException order = assertThrows(ValidationException.class, () -> f.ledger.closeFiscalYear(f.admin, 2026));
        assertEquals("Clôturez d’abord l’exercice 2025 : les exercices se clôturent dans l’ordre.",
                order.errors().get(0).message());
        assertTrue(f.ledger.closeFiscalYear(f.admin, 2024).isEmpty(), "2024 had no posting: nothing to carry");
        f.ledger.closeFiscalYear(f.admin, 2025);
        ValidatedEntry opening2027 = f.ledger.closeFiscalYear(f.admin, 2026).orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 1), opening2027.date());
        assertEquals(7, opening2027.lines().size(), "2026 only had its opening entry: the same balances again");
    }

    @Test
    void closingNeedsTheClosePermission() {
        UserContext accountant = f.core.user(f.admin, "compta", "adviser");
        assertThrows(AccessDeniedException.class, () -> f.ledger.closeFiscalYear(accountant, 2025));
    }

    private void post(JournalCode journal, String piece, LocalDate date, PostingLine... lines) {
        f.ledger.post(f.admin, new EntryDraft(coop, journal, date, piece, date, "Pièce " + piece, List.of(lines), piece));
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
