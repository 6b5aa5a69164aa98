package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelLedgerTest {

    @RegisterExtension
    static final LedgerFixture f = new LedgerFixture();

    static final long JEANNE = LedgerFixture.JEANNE;
    static final long STRUCTURE = LedgerFixture.STRUCTURE;
    static final long PAUL = LedgerFixture.PAUL;

    static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    /** A sale of {@code cents} excl. VAT for activity {@code activity}: client debit, turnover credit. */
    static EntryDraft sale(long coop, String key, LocalDate date, long activity, long cents) {
        return new EntryDraft(coop, JournalCode.SALES, date, "F-" + key, date, "Facture " + key, List.of(
                PostingLine.debit("411000", activity, eur(cents)).withThirdParty("C-DUPONT"),
                PostingLine.credit("706000", activity, eur(cents))), key);
    }

    EntryDraft sale(String key, long cents) {
        return sale(f.admin.cooperativeId(), key, LocalDate.of(2026, 3, 2), JEANNE, cents);
    }

    @Test
    void postsABalancedEntryWithItsNumberFiscalYearAndHash() {
        ValidatedEntry e = f.ledger.post(f.admin, sale("2026-0001", 120000));
        assertEquals(1, e.number());
        assertEquals(2026, e.fiscalYear());
        assertEquals("SALES-2026-000001", e.reference());
        assertEquals(EntryHash.GENESIS, e.previousHash());
        assertEquals(64, e.hash().length());
        assertEquals(2, e.lines().size());
        assertEquals(e, f.ledger.entry(f.admin, e.id()).orElseThrow());
        ValidatedEntry second = f.ledger.post(f.admin, sale("2026-0002", 5000));
        assertEquals(2, second.number());
        assertEquals(e.hash(), second.previousHash());
        assertTrue(f.core.rows("AUDIT_EVENT") > 0);
    }

    @Test
    void refusesAnUnbalancedEntryNamingTheLinesInTheUsersLanguage() {
        EntryDraft bad = new EntryDraft(f.admin.cooperativeId(), JournalCode.SALES, LocalDate.of(2026, 3, 2), null,
                null, "Facture", List.of(PostingLine.debit("411000", JEANNE, eur(120000)),
                PostingLine.credit("706000", JEANNE, eur(100000))), "k1");
        ValidationException e = assertThrows(ValidationException.class, () -> f.ledger.post(f.admin, bad));
        assertEquals("lines", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().startsWith("L’écriture n’est pas équilibrée en EUR"), e.getMessage());
        assertEquals(0, f.core.rows("LEDGER_ENTRY"));
        // balanced per currency: 10 EUR against 10 MAD is not balanced
        EntryDraft mixed = new EntryDraft(f.admin.cooperativeId(), JournalCode.MISC, LocalDate.of(2026, 3, 2), null,
                null, "Mixte", List.of(PostingLine.debit("512000", JEANNE, eur(1000)),
                PostingLine.credit("706000", JEANNE, Money.of(1000, "MAD"))), "k2");
        assertEquals(2, assertThrows(ValidationException.class, () -> f.ledger.post(f.admin, mixed)).errors().size());
    }

    @Test
    void refusesAnEmptyEntryAndBadLinesNamingEachField() {
        EntryDraft empty = new EntryDraft(f.admin.cooperativeId(), JournalCode.SALES, null, null, null, " ",
                List.of(), null);
        List<String> fields = assertThrows(ValidationException.class, () -> f.ledger.post(f.admin, empty)).errors()
                .stream().map(ValidationException.FieldError::field).toList();
        assertEquals(List.of("date", "label", "idempotencyKey", "lines"), fields);
        EntryDraft badLines = new EntryDraft(f.admin.cooperativeId(), JournalCode.SALES, LocalDate.of(2026, 3, 2),
                null, null, "x", List.of(PostingLine.debit("411000", 0, eur(100)),
                PostingLine.credit("706000", JEANNE, eur(0))), "k3");
        assertEquals(List.of("lines[0].activity", "lines[1].amount"),
                assertThrows(ValidationException.class, () -> f.ledger.post(f.admin, badLines)).errors()
                        .stream().map(ValidationException.FieldError::field).toList());
    }

    @Test
    void refusesALineOnAnActivityThatIsNotTheCooperatives() {
        UserContext other = f.core.otherCooperative();
        long theirs = f.core.store.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO ACTIVITY (ID, COOPERATIVE_ID, ACTIVITY_NAME, TRADE, START_DATE,"
                    + " ACTIVITY_STATUS, ANALYTIC_CODE, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY, ROW_VERSION)"
                    + " VALUES (77, ?, 'Autre', 'x', ?, 'ACTIVE', 'AUTRE', ?, 't', ?, 't', 1)")
                    .setParameter(1, other.cooperativeId()).setParameter(2, java.sql.Date.valueOf("2026-01-01"))
                    .setParameter(3, java.sql.Timestamp.valueOf("2026-01-01 00:00:00"))
                    .setParameter(4, java.sql.Timestamp.valueOf("2026-01-01 00:00:00")).executeUpdate();
            return 77L;
        });
        EntryDraft d = new EntryDraft(f.admin.cooperativeId(), JournalCode.SALES, LocalDate.of(2026, 3, 2), null,
                null, "Facture", List.of(PostingLine.debit("411000", theirs, eur(100)),
                PostingLine.credit("706000", 999_999, eur(100))), "k-other");
        ValidationException e = assertThrows(ValidationException.class, () -> f.ledger.post(f.admin, d));
        assertEquals(List.of("lines[0].activity", "lines[1].activity"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals("L’activité 77 n’est pas une activité de la coopérative.", e.errors().get(0).message());
        assertEquals(0, f.core.rows("LEDGER_ENTRY"));
        f.core.store.run(em -> em.createNativeQuery("DELETE FROM ACTIVITY WHERE ID = 77").executeUpdate());
    }

    @Test
    void refusesAnAccountOutsideTheChartNamingTheLine() {
        EntryDraft d = new EntryDraft(f.admin.cooperativeId(), JournalCode.SALES, LocalDate.of(2026, 3, 2), null,
                null, "Facture", List.of(PostingLine.debit("411000", JEANNE, eur(100)),
                PostingLine.credit("709999", JEANNE, eur(100))), "k");
        ValidationException e = assertThrows(ValidationException.class, () -> f.ledger.post(f.admin, d));
        assertEquals("lines[1].account", e.errors().get(0).field());
        assertEquals("Le compte 709999 n’est pas dans le plan comptable de la coopérative.", e.errors().get(0).message());
        UserContext english = new UserContext(f.admin.userId(), f.admin.login(), f.admin.displayName(),
                f.admin.cooperativeId(), f.admin.roles(), f.admin.permissions(), Locale.ENGLISH);
        assertEquals("Account 709999 is not in the cooperative's chart of accounts.",
                assertThrows(ValidationException.class, () -> f.ledger.post(english, d)).errors().get(0).message());
    }

    @Test
    void aRetriedPostReturnsTheFirstEntryAndPostsNothing() {
        ValidatedEntry first = f.ledger.post(f.admin, sale("job-42", 120000));
        ValidatedEntry again = f.ledger.post(f.admin, sale("job-42", 120000));
        assertEquals(first, again);
        assertEquals(1, f.core.rows("LEDGER_ENTRY"));
        assertEquals(2, f.core.rows("LEDGER_POSTING"));
    }

    @Test
    void aKeyReusedForOtherLinesIsRefusedAndPostsNothing() {
        ValidatedEntry first = f.ledger.post(f.admin, sale("job-43", 120000));
        ValidationException e = assertThrows(ValidationException.class,
                () -> f.ledger.post(f.admin, sale("job-43", 99900)));
        assertEquals("idempotencyKey", e.errors().get(0).field());
        assertTrue(e.getMessage().contains(first.reference()), e.getMessage());
        assertEquals(1, f.core.rows("LEDGER_ENTRY"));
    }

    @Test
    void reversesOnceWithOppositeLinesPointingToTheOriginal() {
        ValidatedEntry original = f.ledger.post(f.admin, sale("r-1", 120000));
        ValidatedEntry reversal = f.ledger.reverse(f.admin, original.id(), LocalDate.of(2026, 3, 5), null);
        assertEquals(original.id(), reversal.reversesEntryId());
        assertEquals("Contre-passation de SALES-2026-000001", reversal.label());
        assertEquals(2, reversal.number());
        assertEquals(original.lines().stream().map(PostingLine::reversed).toList(), reversal.lines());
        ValidationException twice = assertThrows(ValidationException.class,
                () -> f.ledger.reverse(f.admin, original.id(), LocalDate.of(2026, 3, 6), null));
        assertTrue(twice.errors().get(0).message().contains("SALES-2026-000002"), twice.getMessage());
        assertThrows(ValidationException.class,
                () -> f.ledger.reverse(f.admin, reversal.id(), LocalDate.of(2026, 3, 6), null));
        assertThrows(ValidationException.class, () -> f.ledger.reverse(f.admin, 999_999, LocalDate.of(2026, 3, 6), null));
        // the account nets to zero
        assertTrue(f.ledger.balances(f.admin, new BalanceQuery(f.admin.cooperativeId(),
                null, null, BalanceQuery.Grouping.ACCOUNT, null)).stream()
                .allMatch(b -> b.balance().isZero()));
    }

    @Test
    void refusesEntriesDatedInAClosedPeriod() {
        f.ledger.closePeriod(f.admin, YearMonth.of(2026, 2));
        assertEquals(LocalDate.of(2026, 2, 28), f.ledger.closedThrough(f.admin).orElseThrow());
        EntryDraft february = sale(f.admin.cooperativeId(), "late", LocalDate.of(2026, 2, 28), JEANNE, 100);
        ValidationException e = assertThrows(ValidationException.class, () -> f.ledger.post(f.admin, february));
        assertEquals("date", e.errors().get(0).field());
        f.ledger.post(f.admin, sale(f.admin.cooperativeId(), "ok", LocalDate.of(2026, 3, 1), JEANNE, 100));
        assertThrows(ValidationException.class, () -> f.ledger.closePeriod(f.admin, YearMonth.of(2026, 1)));
        UserContext entrepreneur = f.core.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        assertThrows(AccessDeniedException.class, () -> f.ledger.closePeriod(entrepreneur, YearMonth.of(2026, 3)));
    }

    @Test
    void numbersRestartPerJournalAndFiscalYear() {
        long coop = f.admin.cooperativeId();
        assertEquals(1, f.ledger.post(f.admin, sale(coop, "a", LocalDate.of(2026, 12, 31), JEANNE, 100)).number());
        ValidatedEntry next = f.ledger.post(f.admin, sale(coop, "b", LocalDate.of(2027, 1, 1), JEANNE, 100));
        assertEquals(2027, next.fiscalYear());
        assertEquals(1, next.number());
        assertEquals(new FiscalYear(2026, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)),
                FiscalYear.containing(LocalDate.of(2027, 3, 1), 7));
        assertEquals(2026, f.ledger.fiscalYear(f.admin, LocalDate.of(2026, 6, 1)).year());
    }

    @Test
    void anEntrepreneurSeesOnlyTheirActivities() {
        UserContext jeanne = f.core.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        f.activities.put(jeanne.userId(), Set.of(JEANNE));
        long coop = f.admin.cooperativeId();
        f.ledger.post(f.admin, sale(coop, "j", LocalDate.of(2026, 3, 2), JEANNE, 80000));
        ValidatedEntry other = f.ledger.post(f.admin, sale(coop, "o", LocalDate.of(2026, 3, 2), PAUL, 50000));
        assertEquals(List.of("j"), f.ledger.entries(jeanne, EntryQuery.all(coop)).stream()
                .map(ValidatedEntry::idempotencyKey).toList());
        assertTrue(f.ledger.entry(jeanne, other.id()).isEmpty());
        var balances = f.ledger.balances(jeanne, new BalanceQuery(coop, null, null,
                BalanceQuery.Grouping.ACTIVITY, null));
        assertEquals(1, balances.size());
        assertEquals(JEANNE, balances.get(0).activityId());
        assertEquals(eur(80000), balances.get(0).debit());
        assertEquals(2, f.ledger.entries(f.admin, EntryQuery.all(coop)).size());
        assertThrows(AccessDeniedException.class, () -> f.ledger.post(jeanne, sale(coop, "x", LocalDate.of(2026, 3, 2), JEANNE, 1)));
        assertThrows(AccessDeniedException.class, () -> f.ledger.verifyChain(jeanne, coop));
    }

    @Test
    void balancesAreSummedByAccountActivityAndPeriod() {
        long coop = f.admin.cooperativeId();
        f.ledger.post(f.admin, sale(coop, "1", LocalDate.of(2026, 3, 2), JEANNE, 120000));
        f.ledger.post(f.admin, sale(coop, "2", LocalDate.of(2026, 4, 2), JEANNE, 30000));
        f.ledger.post(f.admin, sale(coop, "3", LocalDate.of(2026, 4, 3), STRUCTURE, 1000));
        var march = f.ledger.balances(f.admin, new BalanceQuery(coop,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), BalanceQuery.Grouping.ACCOUNT, null));
        assertEquals(2, march.size());
        assertEquals("411000", march.get(0).accountCode());
        assertNull(march.get(0).activityId());
        assertEquals(eur(120000), march.get(0).balance());
        assertEquals(eur(-120000), march.get(1).balance());
        var turnover = f.ledger.balances(f.admin, new BalanceQuery(coop, null, null,
                BalanceQuery.Grouping.ACCOUNT_AND_ACTIVITY, JEANNE));
        assertEquals(eur(150000), turnover.get(1).credit());
        assertEquals(JEANNE, turnover.get(1).activityId());
    }

    @Test
    void entriesAreNotReadAcrossCooperatives() {
        UserContext other = f.core.otherCooperative();
        assertThrows(ValidationException.class, () -> f.ledger.post(f.admin,
                sale(other.cooperativeId(), "x", LocalDate.of(2026, 3, 2), JEANNE, 1)));
        ValidatedEntry mine = f.ledger.post(f.admin, sale("mine", 100));
        assertTrue(f.ledger.entry(other, mine.id()).isEmpty());
        assertNotEquals(other.cooperativeId(), mine.cooperativeId());
    }
}
