package coop.essaim.kernel.people;

import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.ledger.ContributionTransfer;
import coop.essaim.api.ledger.ContributionTransfers;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.LedgerTestCharts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static coop.essaim.kernel.people.PeopleFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The month's contributions posted as analytic transfers to the structure: Jeanne invoices 400 € excl. VAT in
 * January 2026 and Paul 990 €; at the core's 10 % they owe 40 € and 99 €.
 */
class ContributionTransfersTest {

    static final YearMonth JANUARY = YearMonth.of(2026, 1);
    static final String CONTRIBUTION = "658100";

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    ContributionTransfers transfers;
    Ledger ledger;
    Activity couture;
    Activity bois;
    long structure;
    long coop;

    @BeforeEach
    void twoActivitiesInvoiceInJanuary() {
        p.f.registry.add("country-fr-test", ChartOfAccounts.class, LedgerTestCharts.FRENCH);
        transfers = p.f.core.contributionTransfers();
        ledger = p.f.core.ledger();
        coop = p.admin.cooperativeId();
        couture = p.activities.create(p.admin, new ActivityDetails("Couture Jeanne", "Fil d’Or", "couture",
                LocalDate.of(2025, 11, 3), "COUTURE", List.of(p.create("Jeanne", "Martin").id())));
        bois = p.activities.create(p.admin, new ActivityDetails("Menuiserie Paul", null, "bois",
                LocalDate.of(2025, 11, 3), "BOIS", List.of(p.create("Paul", "Girard").id())));
        structure = p.f.store.read(em -> StructureActivity.find(em, coop)).orElseThrow();
        p.invoice("F-1", LocalDate.of(2026, 1, 16), couture.id(), 40000);
        p.invoice("F-2", LocalDate.of(2026, 1, 20), bois.id(), 99000);
    }

    @Test
    void eachActivityTransfersItsContributionToTheStructureOnce() {
        List<ContributionTransfer> preview = transfers.preview(p.admin, JANUARY);
        assertEquals(List.of("COUTURE", "BOIS"), preview.stream().map(ContributionTransfer::analyticCode).toList());
        assertEquals(List.of(eur(4000), eur(9900)), preview.stream().map(ContributionTransfer::toPost).toList());

        List<ValidatedEntry> posted = transfers.post(p.admin, JANUARY);
        assertEquals(2, posted.size());
        ValidatedEntry jeanne = posted.get(0);
        assertEquals(JournalCode.MISC, jeanne.journal());
        assertEquals(LocalDate.of(2026, 1, 31), jeanne.date());
        assertEquals(List.of(PostingLine.debit(CONTRIBUTION, couture.id(), eur(4000)),
                PostingLine.credit(CONTRIBUTION, structure, eur(4000))), jeanne.lines());

        assertTrue(transfers.post(p.admin, JANUARY).isEmpty(), "nothing changed: nothing posted");
        assertEquals(List.of(eur(4000), eur(9900)),
                transfers.preview(p.admin, JANUARY).stream().map(t -> t.posted()).toList());
        assertTrue(transfers.preview(p.admin, JANUARY).stream().allMatch(t -> t.toPost().isZero()));
    }

    @Test
    void theTransferMovesOnlyTheSectionsNotTheCooperativesTotalsNorTheActivitysAccount() {
        transfers.post(p.admin, JANUARY);
        List<Balance> byAccount = ledger.balances(p.admin, new BalanceQuery(coop, null, null,
                BalanceQuery.Grouping.ACCOUNT, null));
        Balance contribution = byAccount.stream().filter(b -> b.accountCode().equals(CONTRIBUTION)).findFirst()
                .orElseThrow();
        assertEquals(eur(0), contribution.balance(), "the account nets to zero in the cooperative's books");
        assertEquals(eur(13900), contribution.debit());
        Balance atStructure = ledger.balances(p.admin, new BalanceQuery(coop, null, null,
                BalanceQuery.Grouping.ACCOUNT, structure)).get(0);
        assertEquals(eur(-13900), atStructure.balance(), "the structure received 40 + 99");

        ActivityAccount january = p.f.core.activityAccounts().account(p.admin, couture.id(),
                JANUARY.atDay(1), JANUARY.atEndOfMonth());
        assertEquals(eur(4000), january.contribution().amount());
        assertEquals(eur(0), january.expenses(), "the transfer is not an expense on top of the contribution");
        assertEquals(eur(36000), january.availableForPay());
    }

    @Test
    void aLaterCreditNotePostsTheDifferenceBackAndANewInvoiceForwardAgain() {
        transfers.post(p.admin, JANUARY);
        p.post(JournalCode.SALES, "AV-1", LocalDate.of(2026, 1, 28), "Avoir F-1",
                PostingLine.debit("706000", couture.id(), eur(10000)), PostingLine.debit("445710", couture.id(),
                        eur(2000)), PostingLine.credit("411000", couture.id(), eur(12000)));
        List<ValidatedEntry> down = transfers.post(p.admin, JANUARY);
        assertEquals(1, down.size());
        assertEquals(List.of(PostingLine.credit(CONTRIBUTION, couture.id(), eur(1000)),
                PostingLine.debit(CONTRIBUTION, structure, eur(1000))), down.get(0).lines());
        assertTrue(down.get(0).label().contains("baisse"), down.get(0).label());

        p.invoice("F-3", LocalDate.of(2026, 1, 30), couture.id(), 10000);
        List<ValidatedEntry> up = transfers.post(p.admin, JANUARY);
        assertEquals(List.of(PostingLine.debit(CONTRIBUTION, couture.id(), eur(1000)),
                PostingLine.credit(CONTRIBUTION, structure, eur(1000))), up.get(0).lines());
        assertEquals(List.of("core.contribution:2026-01:" + couture.id() + ":0",
                        "core.contribution:2026-01:" + couture.id() + ":1",
                        "core.contribution:2026-01:" + couture.id() + ":2"),
                List.of(keyOf(0), down.get(0).idempotencyKey(), up.get(0).idempotencyKey()));
        assertEquals(eur(4000), transfers.preview(p.admin, JANUARY).get(0).posted());
        assertTrue(ledger.verifyChain(p.admin, coop).intact());
    }

    @Test
    void twoRunsAtOnceTransferOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<ValidatedEntry>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return transfers.post(p.admin, JANUARY);
            }));
        }
        start.countDown();
        int posted = 0;
        for (Future<List<ValidatedEntry>> run : runs) {
            posted += run.get().size();
        }
        pool.shutdown();
        assertEquals(2, posted, "one run posted both activities, the other nothing");
        assertEquals(eur(13900), ledger.balances(p.admin, new BalanceQuery(coop, null, null,
                BalanceQuery.Grouping.ACCOUNT, null)).stream().filter(b -> b.accountCode().equals(CONTRIBUTION))
                .findFirst().orElseThrow().debit());
    }

    @Test
    void aFutureMonthAClosedPeriodAndUsersWithoutTheRightAreRefusedAndNothingIsPosted() {
        ValidationException future = assertThrows(ValidationException.class,
                () -> transfers.post(p.admin, YearMonth.of(2026, 4)));
        assertEquals("month", future.errors().get(0).field());
        UserContext jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        assertThrows(AccessDeniedException.class, () -> transfers.preview(jeanne, JANUARY));
        UserContext adviser = p.f.user(p.admin, "conseil", CoreRoles.ADVISER);
        assertThrows(AccessDeniedException.class, () -> transfers.post(adviser, JANUARY));
        ledger.closePeriod(p.admin, JANUARY);
        ValidationException closed = assertThrows(ValidationException.class, () -> transfers.post(p.admin, JANUARY));
        assertEquals("month", closed.errors().get(0).field());
        assertTrue(closed.getMessage().contains("clôturée"), closed.getMessage());
        assertEquals(eur(0), ledger.balances(p.admin, new BalanceQuery(coop, null, null,
                BalanceQuery.Grouping.ACCOUNT, null)).stream().filter(b -> b.accountCode().equals(CONTRIBUTION))
                .map(Balance::debit).findFirst().orElse(eur(0)));
    }

    @Test
    void theStructureIsAnActivityOfItsOwnThatNobodyJoins() {
        Activity s = p.activities.find(p.admin, structure).orElseThrow();
        assertEquals(StructureActivity.CODE, s.analyticCode());
        assertEquals(ActivityStatus.ACTIVE, s.status());
        assertTrue(p.activities.list(p.admin, null, null).stream().noneMatch(a -> a.id() == structure),
                "nobody's activity: left out of the people lists");
        ValidationException join = assertThrows(ValidationException.class, () -> p.activities.addMember(p.admin,
                structure, p.create("Luc", "Bernard").id(), LocalDate.of(2026, 3, 2)));
        assertEquals("activity", join.errors().get(0).field());
        ValidationException reserved = assertThrows(ValidationException.class, () -> p.activities.create(p.admin,
                new ActivityDetails("Autre", null, "conseil", LocalDate.of(2026, 3, 2), "structure",
                        List.of(p.create("Ana", "Lopez").id()))));
        assertEquals("analyticCode", reserved.errors().get(0).field());
    }

    private String keyOf(int index) {
        return ledger.entryByKey(p.admin, "core.contribution:2026-01:" + couture.id() + ":" + index)
                .map(ValidatedEntry::idempotencyKey).orElse("missing");
    }
}
